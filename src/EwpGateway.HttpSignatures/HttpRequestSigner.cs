using System.Globalization;
using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// Signs outgoing requests for cliauth-httpsig: sets <c>Host</c>, <c>Date</c>, <c>Digest</c>, a fresh
/// <c>X-Request-Id</c>, <c>Accept-Signature</c>, <c>Want-Digest</c> and the <c>Authorization: Signature</c> header.
/// Used by <see cref="EwpSigningHandler"/>, by tests and by the partner simulator.
/// </summary>
/// <param name="privateKey">The client's RSA private key.</param>
/// <param name="keyId">The key id; the fingerprint of <paramref name="privateKey"/> when <see langword="null"/>.</param>
/// <param name="timeProvider">The clock for the <c>Date</c> header.</param>
public sealed class HttpRequestSigner(RSA privateKey, string? keyId, TimeProvider timeProvider)
{
    /// <summary>The headers a request signature covers, in order.</summary>
    public static readonly IReadOnlyList<string> SignedHeaders = ["(request-target)", "host", "date", "digest", "x-request-id"];

    private readonly RSA _privateKey = privateKey ?? throw new ArgumentNullException(nameof(privateKey));

    /// <summary>Gets the key id written into signatures.</summary>
    public string KeyId { get; } = keyId ?? KeyFingerprint.Compute(privateKey);

    /// <summary>
    /// Adds the EWP signature headers to <paramref name="request"/>, buffering its content to digest it.
    /// Existing <c>Date</c>, <c>Digest</c>, <c>X-Request-Id</c> and <c>Authorization</c> headers are replaced.
    /// </summary>
    /// <param name="request">A request with an absolute URI.</param>
    /// <param name="cancellationToken">Cancels reading the content.</param>
    /// <returns>The parameters of the signature that was added.</returns>
    public async Task<SignatureParameters> SignAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri)
        {
            throw new ArgumentException("The request needs an absolute URI to be signed.", nameof(request));
        }

        string digest;
        if (request.Content is null)
        {
            digest = DigestHeader.EmptyBodyValue;
        }
        else
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken);
            var stream = await request.Content.ReadAsStreamAsync(cancellationToken);
            digest = DigestHeader.FromSha256(await SHA256.HashDataAsync(stream, cancellationToken));
            if (stream.CanSeek)
            {
                stream.Position = 0;
            }
        }

        var headers = request.Headers;
        var host = request.Headers.Host ?? (uri.IsDefaultPort ? uri.IdnHost : uri.IdnHost + ":" + uri.Port.ToString(CultureInfo.InvariantCulture));
        headers.Host = host;
        Replace(headers, "Date", timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
        Replace(headers, "Digest", digest);
        Replace(headers, "X-Request-Id", RequestId.New());
        Replace(headers, "Accept-Signature", RsaSha256.AlgorithmName);
        Replace(headers, "Want-Digest", DigestHeader.Sha256Algorithm);
        headers.Authorization = null;

        var parameters = Sign(request.Method.Method, uri.PathAndQuery, SignedHeaders, name => GetHeader(request, name));
        headers.TryAddWithoutValidation("Authorization", SignatureParameters.AuthorizationScheme + " " + parameters.Format());
        return parameters;
    }

    /// <summary>Signs the listed headers of a message described by a header lookup (requests and responses alike).</summary>
    /// <param name="method">The request method, or <see langword="null"/> for a response.</param>
    /// <param name="requestTarget">The path and query as sent, or <see langword="null"/> for a response.</param>
    /// <param name="headerNames">The lower-case header names to cover, in order.</param>
    /// <param name="getHeader">Returns a header value by lower-case name, or <see langword="null"/>.</param>
    /// <returns>The signature parameters with <c>algorithm="rsa-sha256"</c>.</returns>
    /// <exception cref="InvalidOperationException">A listed header is missing.</exception>
    public SignatureParameters Sign(string? method, string? requestTarget, IReadOnlyList<string> headerNames, Func<string, string?> getHeader)
    {
        if (!SigningString.TryBuild(headerNames, getHeader, method, requestTarget, out var signingString, out var missing))
        {
            throw new InvalidOperationException($"Cannot sign: the header '{missing}' is missing.");
        }

        return new SignatureParameters(KeyId, RsaSha256.AlgorithmName, headerNames, RsaSha256.Sign(_privateKey, signingString));
    }

    /// <summary>Reads a request header (or content header) by name, values joined by <c>", "</c>, as it will be sent.</summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The header name (any case).</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public static string? GetHeader(HttpRequestMessage request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.NonValidated.TryGetValues(name, out var values)
            || (request.Content is not null && request.Content.Headers.NonValidated.TryGetValues(name, out values)))
        {
            return string.Join(", ", values);
        }

        return null;
    }

    private static void Replace(System.Net.Http.Headers.HttpHeaders headers, string name, string value)
    {
        headers.Remove(name);
        headers.TryAddWithoutValidation(name, value);
    }
}
