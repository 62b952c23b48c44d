using Microsoft.AspNetCore.Builder;

namespace EwpGateway.HttpSignatures;

/// <summary>Adds response signing (srvauth-httpsig) to the pipeline.</summary>
public static class EwpResponseSigningApplicationBuilderExtensions
{
    /// <summary>
    /// Signs every response whose request asks for it with <c>Accept-Signature: rsa-sha256</c>, including error
    /// responses written by later middleware. Register it early (before the exception handler) so that everything
    /// after it is signed. Requires <see cref="EwpResponseSigningServiceCollectionExtensions.AddEwpResponseSigning"/>.
    /// </summary>
    /// <param name="app">The application builder.</param>
    /// <returns>The application builder.</returns>
    public static IApplicationBuilder UseEwpResponseSigning(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<EwpResponseSigningMiddleware>();
    }
}
