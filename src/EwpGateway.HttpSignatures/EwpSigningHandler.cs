using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// Signs every outgoing request (cliauth-httpsig) and verifies the partner's signed response (srvauth-httpsig).
/// A response that fails verification raises <see cref="HttpSignatureVerificationException"/>. The response content
/// is buffered (in memory, or a temporary file when large), at most <see cref="EwpSigningHandlerOptions.MaxResponseBodySize"/>
/// bytes of it, to check its digest and handed back as an equivalent buffered content.
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

        if (options.MaxResponseBodySize <= 0 || options.MaxResponseBodySize > Array.MaxLength)
        {
            throw new ArgumentException(
                $"{nameof(EwpSigningHandlerOptions.MaxResponseBodySize)} must be between 1 and {Array.MaxLength}; it is {options.MaxResponseBodySize}.",
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
            var bodySha256 = await BufferAsync(response, cancellationToken);
            await VerifyAsync(request, response, bodySha256, sent, cancellationToken);
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

    private async Task VerifyAsync(
        HttpRequestMessage request, HttpResponseMessage response, byte[]? bodySha256, SignatureParameters sent, CancellationToken cancellationToken)
    {
        var signatureHeader = GetHeader(response, "Signature");
        if (bodySha256 is null && (response.IsSuccessStatusCode || signatureHeader is not null))
        {
            Throw(HttpSignatureFailureReason.BodyTooLarge, $"the body is larger than {_options.MaxResponseBodySize} bytes.");
        }

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

        result = HttpSignatureVerifier.VerifyDigest(GetHeader(response, DigestHeader.HeaderName), bodySha256!, parameters);
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

    /// <summary>
    /// Reads the body, at most <see cref="EwpSigningHandlerOptions.MaxResponseBodySize"/> bytes (a partner must not be able
    /// to make us allocate or write without bound), hashing it as it comes, and puts it back as content: an array when
    /// its announced length is small, else a stream over memory or, past <see cref="ResponseBodySpool.MemoryLimit"/>, a
    /// temporary file (deleted with the response).
    /// </summary>
    /// <returns>The SHA-256 of the body, or null when it is larger than the limit (the content is then empty).</returns>
    private async Task<byte[]?> BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = _options.MaxResponseBodySize;
        var declared = response.Content.Headers.ContentLength;
        HttpContent content = new ByteArrayContent([]);
        byte[]? sha256 = null;
        if (declared <= Math.Min(limit, ResponseBodySpool.MemoryLimit))
        {
            // The usual case: one array of the announced size, no copy.
            var exact = new byte[declared.Value];
            await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken))
            {
                await stream.ReadExactlyAsync(exact, cancellationToken);
            }

            content = new ByteArrayContent(exact);
            sha256 = SHA256.HashData(exact);
        }
        else if (!(declared > limit))
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            if (await ResponseBodySpool.ReadAsync(stream, limit, cancellationToken) is { } spooled)
            {
                content = new StreamContent(spooled.Body);
                sha256 = spooled.Sha256;
            }
        }

        foreach (var header in response.Content.Headers.NonValidated)
        {
            if (sha256 is not null || !header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        response.Content.Dispose();
        response.Content = content;
        return sha256;
    }
}
