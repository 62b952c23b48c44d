using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// Verifies draft-cavage signatures the way EWP profiles them, for requests (cliauth-httpsig) and responses
/// (srvauth-httpsig). Shared by the inbound authentication handler and the outbound <see cref="EwpSigningHandler"/>;
/// it never throws for bad input and reports every failure as a <see cref="HttpSignatureVerificationResult"/>.
/// </summary>
/// <param name="timeProvider">The clock for the <c>Date</c> window.</param>
/// <param name="clockSkew">How far a signed date may be from now, either way.</param>
public sealed class HttpSignatureVerifier(TimeProvider timeProvider, TimeSpan clockSkew)
{
    private const string DateHeader = "date";
    private const string OriginalDateHeader = "original-date";
    private const string DigestHeaderName = "digest";
    private const string RequestIdHeader = "x-request-id";

    /// <summary>Gets the allowed distance between a signed date and now.</summary>
    public TimeSpan ClockSkew { get; } = clockSkew >= TimeSpan.Zero
        ? clockSkew
        : throw new ArgumentOutOfRangeException(nameof(clockSkew), clockSkew, "The clock skew cannot be negative.");

    /// <summary>
    /// Verifies a signed request: algorithm, required signed headers (<c>(request-target)</c>, <c>host</c>,
    /// <c>date</c> or <c>original-date</c>, <c>digest</c>, <c>x-request-id</c>), presence of every listed header,
    /// key id shape, key trust, signed dates, canonical <c>X-Request-Id</c> and the signature itself.
    /// The body digest is checked separately with <see cref="VerifyDigest"/>, once the body has been read.
    /// </summary>
    /// <param name="parameters">The parsed <c>Authorization: Signature</c> parameters.</param>
    /// <param name="method">The request method.</param>
    /// <param name="requestTarget">The path and query exactly as sent.</param>
    /// <param name="getHeader">Returns a header value by lower-case name (repeated headers joined by <c>", "</c>), or <see langword="null"/>.</param>
    /// <param name="resolveKey">Returns the trusted public key for a key id, or <see langword="null"/> (<see cref="HttpSignatureFailureReason.UnknownKey"/>).</param>
    /// <param name="cancellationToken">Cancels the key lookup.</param>
    /// <returns>The outcome.</returns>
    public ValueTask<HttpSignatureVerificationResult> VerifyRequestAsync(
        SignatureParameters parameters,
        string method,
        string requestTarget,
        Func<string, string?> getHeader,
        Func<string, CancellationToken, ValueTask<RSA?>> resolveKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(requestTarget);
        return VerifyCoreAsync(parameters, method, requestTarget, getHeader, resolveKey, cancellationToken);
    }

    /// <summary>
    /// Verifies a signed response: algorithm, required signed headers (<c>date</c> or <c>original-date</c>,
    /// <c>digest</c>), presence of every listed header, key id shape, key trust, signed dates and the signature.
    /// The caller checks the digest with <see cref="VerifyDigest"/> and the echoed request headers itself.
    /// </summary>
    /// <param name="parameters">The parsed <c>Signature</c> header parameters.</param>
    /// <param name="getHeader">Returns a header value by lower-case name (repeated headers joined by <c>", "</c>), or <see langword="null"/>.</param>
    /// <param name="resolveKey">Returns the trusted public key for a key id, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the key lookup.</param>
    /// <returns>The outcome.</returns>
    public ValueTask<HttpSignatureVerificationResult> VerifyResponseAsync(
        SignatureParameters parameters,
        Func<string, string?> getHeader,
        Func<string, CancellationToken, ValueTask<RSA?>> resolveKey,
        CancellationToken cancellationToken) =>
        VerifyCoreAsync(parameters, null, null, getHeader, resolveKey, cancellationToken);

    /// <summary>Checks a <c>Digest</c> header against the SHA-256 of the body and explains a failure.</summary>
    /// <param name="digestHeader">The <c>Digest</c> header value, or <see langword="null"/>.</param>
    /// <param name="bodySha256">The SHA-256 of the body bytes.</param>
    /// <param name="parameters">The verified parameters, carried into the result.</param>
    /// <returns>The outcome.</returns>
    public static HttpSignatureVerificationResult VerifyDigest(string? digestHeader, ReadOnlySpan<byte> bodySha256, SignatureParameters? parameters = null)
    {
        var message = DigestHeader.Verify(digestHeader, bodySha256) switch
        {
            DigestVerification.Valid => null,
            DigestVerification.Missing => "The Digest header is missing.",
            DigestVerification.Malformed => "The Digest header is malformed: expected comma-separated algorithm=base64 entries.",
            DigestVerification.Sha1Only => "The Digest header carries only a SHA-1 (SHA=) digest; a SHA-256 digest is required.",
            DigestVerification.NoSha256 => "The Digest header carries no SHA-256 digest.",
            _ => "Digest header does not match the SHA-256 of the body.",
        };
        return message is null
            ? HttpSignatureVerificationResult.Success(parameters)
            : HttpSignatureVerificationResult.Fail(HttpSignatureFailureReason.DigestMismatch, message, parameters);
    }

    private async ValueTask<HttpSignatureVerificationResult> VerifyCoreAsync(
        SignatureParameters parameters,
        string? method,
        string? requestTarget,
        Func<string, string?> getHeader,
        Func<string, CancellationToken, ValueTask<RSA?>> resolveKey,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(getHeader);
        ArgumentNullException.ThrowIfNull(resolveKey);
        var isRequest = method is not null;

        if (!string.Equals(parameters.Algorithm, RsaSha256.AlgorithmName, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(
                HttpSignatureFailureReason.UnsupportedAlgorithm,
                parameters.Algorithm is null
                    ? "The signature has no algorithm parameter; expected algorithm=\"rsa-sha256\"."
                    : $"The signature algorithm '{parameters.Algorithm}' is not supported; expected \"rsa-sha256\".");
        }

        var listed = new HashSet<string>(parameters.Headers, StringComparer.Ordinal);
        string[] required = isRequest ? [SigningString.RequestTarget, "host", DigestHeaderName, RequestIdHeader] : [DigestHeaderName];
        foreach (var name in required)
        {
            if (!listed.Contains(name))
            {
                return Fail(HttpSignatureFailureReason.RequiredHeaderNotSigned, $"The signature does not cover the required header '{name}'.");
            }
        }

        if (!listed.Contains(DateHeader) && !listed.Contains(OriginalDateHeader))
        {
            return Fail(HttpSignatureFailureReason.RequiredHeaderNotSigned, "The signature covers neither 'date' nor 'original-date'; one of them is required.");
        }

        if (!SigningString.TryBuild(parameters.Headers, getHeader, method, requestTarget, out var signingString, out var missing))
        {
            return Fail(HttpSignatureFailureReason.SignedHeaderMissing, $"The header '{missing}' is listed in the signature but missing from the message.");
        }

        if (!KeyFingerprint.IsWellFormed(parameters.KeyId))
        {
            return Fail(HttpSignatureFailureReason.MalformedKeyId, "The keyId is not a SHA-256 key fingerprint (64 lower-case hex digits).");
        }

        var key = await resolveKey(parameters.KeyId, cancellationToken);
        if (key is null)
        {
            return Fail(HttpSignatureFailureReason.UnknownKey, $"The key '{parameters.KeyId}' is not trusted for this message.");
        }

        foreach (var dateHeader in (ReadOnlySpan<string>)[DateHeader, OriginalDateHeader])
        {
            if (listed.Contains(dateHeader))
            {
                var dateFailure = CheckDate(dateHeader, getHeader(dateHeader), parameters);
                if (dateFailure is not null)
                {
                    return dateFailure;
                }
            }
        }

        if (isRequest && !RequestId.IsCanonical(getHeader(RequestIdHeader)?.Trim()))
        {
            return Fail(HttpSignatureFailureReason.NonCanonicalRequestId, "The X-Request-Id header is not a canonical lower-case UUID (8-4-4-4-12).");
        }

        return RsaSha256.Verify(key, signingString, parameters.Signature)
            ? HttpSignatureVerificationResult.Success(parameters)
            : Fail(HttpSignatureFailureReason.InvalidSignature, "The signature does not verify with the key '" + parameters.KeyId + "' over the listed headers.");

        HttpSignatureVerificationResult Fail(HttpSignatureFailureReason reason, string message) =>
            HttpSignatureVerificationResult.Fail(reason, message, parameters);
    }

    private HttpSignatureVerificationResult? CheckDate(string name, string? value, SignatureParameters parameters)
    {
        if (value is null || !HeaderUtilities.TryParseDate(value.Trim(), out var date))
        {
            return HttpSignatureVerificationResult.Fail(
                HttpSignatureFailureReason.InvalidDate, $"The {name} header '{value}' is not an HTTP date (e.g. Thu, 05 Jan 2014 21:31:40 GMT).", parameters);
        }

        var now = timeProvider.GetUtcNow();
        if ((date - now).Duration() > ClockSkew)
        {
            return HttpSignatureVerificationResult.Fail(
                HttpSignatureFailureReason.DateOutsideWindow,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {name} header is {(date - now).TotalSeconds:F0} seconds away from the server time {now:r}; at most {ClockSkew.TotalSeconds:F0} seconds are allowed."),
                parameters);
        }

        return null;
    }
}
