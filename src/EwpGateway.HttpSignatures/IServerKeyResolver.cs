using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// Finds the public key a partner used to sign a response (srvauth-httpsig). The key must be one of the
/// <c>server-credentials-in-use</c> of the registry host that serves the requested URL.
/// </summary>
public interface IServerKeyResolver
{
    /// <summary>Resolves the key that signed a response to a request sent to <paramref name="requestUri"/>.</summary>
    /// <param name="keyId">The <c>keyId</c> of the response's <c>Signature</c> header.</param>
    /// <param name="requestUri">The URL the request was sent to.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The public key, or <see langword="null"/> when that key may not sign responses for that URL. The key may be shared between calls and threads: the caller only verifies with it and never disposes it.</returns>
    ValueTask<RSA?> ResolveAsync(string keyId, Uri requestUri, CancellationToken cancellationToken);
}
