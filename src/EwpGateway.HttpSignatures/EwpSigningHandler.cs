using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// Signs every outgoing request (cliauth-httpsig) and verifies the partner's signed response (srvauth-httpsig).
/// A response that fails verification raises <see cref="HttpSignatureVerificationException"/>. The response content
/// is buffered to check its digest and handed back buffered, so it can be read again.
/// </summary>
public sealed class EwpSigningHandler : DelegatingHandler
{
    private const string RequestIdHeader = "X-Request-Id";

    private readonly EwpSigningHandlerOptions _options;
    private readonly HttpRequestSigner _signer;
    private readonly HttpSignatureVerifier _verifier;

    /// <summary>Initializes a new instance of the <see cref="EwpSigningHandler"/> class.</summary>
    /// <param name="options">The keys and verification settings.</param>
    public EwpSigningHandler(EwpSigningHandlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PrivateKey is null)
        {
            throw new ArgumentException($"{nameof(EwpSigningHandlerOptions.PrivateKey)} is required.", nameof(options));
        }

        if (options.RequireSignedResponses && options.ServerKeyResolver is null)
        {
            throw new ArgumentException(
                $"{nameof(EwpSigningHandlerOptions.ServerKeyResolver)} is required when {nameof(EwpSigningHandlerOptions.RequireSignedResponses)} is set.",
                nameof(options));
        }

        _options = options;
        _signer = new HttpRequestSigner(options.PrivateKey, options.KeyId, options.TimeProvider);
        _verifier = new HttpSignatureVerifier(options.TimeProvider, options.ClockSkew);
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sent = await _signer.SignAsync(request, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await VerifyAsync(request, response, sent, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static string? GetHeader(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    [DoesNotReturn]
    private static void Throw(HttpSignatureFailureReason reason, string message) =>
        throw new HttpSignatureVerificationException(reason, "Response rejected: " + message);

    private async Task VerifyAsync(HttpRequestMessage request, HttpResponseMessage response, SignatureParameters sent, CancellationToken cancellationToken)
    {
        var signatureHeader = GetHeader(response, "Signature");
        var resolver = _options.ServerKeyResolver;
        if (resolver is null || (signatureHeader is null && !_options.RequireSignedResponses))
        {
            return;
        }

        // An unsigned error status (a proxy's 502/503, a partner's plain 404) is passed on as the failure it is, so the
        // caller's policy (retry a 503, record a 404) applies; its body is not trusted for anything. Success needs a signature.
        if (signatureHeader is null && !response.IsSuccessStatusCode)
        {
            return;
        }

        if (signatureHeader is null)
        {
            Throw(HttpSignatureFailureReason.MissingSignature, "the response has no Signature header.");
        }

        if (!SignatureParameters.TryParse(signatureHeader, out var parameters, out var parseError))
        {
            Throw(HttpSignatureFailureReason.MalformedSignature, "the Signature header is malformed: " + parseError);
        }

        var requestUri = request.RequestUri!;
        var result = await _verifier.VerifyResponseAsync(
            parameters, name => GetHeader(response, name), (keyId, ct) => resolver.ResolveAsync(keyId, requestUri, ct), cancellationToken);
        if (!result.Succeeded)
        {
            Throw(result.Reason, result.Message);
        }

        // Buffered once (sized by Content-Length) and hashed in place: a large body is not copied again. The content
        // hands out one shared stream over its buffer, so it is rewound (not disposed) for whoever reads it next.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var bodySha256 = await SHA256.HashDataAsync(body, cancellationToken);
        body.Position = 0;

        result = HttpSignatureVerifier.VerifyDigest(GetHeader(response, DigestHeader.HeaderName), bodySha256, parameters);
        if (!result.Succeeded)
        {
            Throw(result.Reason, result.Message);
        }

        var sentRequestId = HttpRequestSigner.GetHeader(request, RequestIdHeader);
        if (!parameters.Headers.Contains("x-request-id") || GetHeader(response, RequestIdHeader) != sentRequestId)
        {
            Throw(HttpSignatureFailureReason.EchoMismatch, $"the response does not echo the X-Request-Id '{sentRequestId}' in a signed header.");
        }

        if (parameters.Headers.Contains("x-request-signature") && GetHeader(response, "X-Request-Signature") != sent.Signature)
        {
            Throw(HttpSignatureFailureReason.EchoMismatch, "the X-Request-Signature header does not equal the signature of the request.");
        }
    }
}
