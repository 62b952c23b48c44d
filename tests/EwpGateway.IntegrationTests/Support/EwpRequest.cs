using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace EwpGateway.IntegrationTests.Support;

/// <summary>
/// Builds a request the way an EWP client does (cliauth-httpsig), with a knob for every way a client can
/// get it wrong. Written independently of the gateway's signing code so that tests check it, not reuse it.
/// </summary>
internal sealed record EwpRequest
{
    public string Method { get; init; } = "GET";

    public required string Path { get; init; }

    /// <summary>Parameters: in the query for GET, in a form body for POST.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>The signing key; <see langword="null"/> sends an unsigned request.</summary>
    public TestKey? Key { get; init; }

    /// <summary>Overrides the keyId sent (defaults to the key's fingerprint).</summary>
    public string? KeyId { get; init; }

    public DateTimeOffset Time { get; init; }

    public bool UseOriginalDate { get; init; }

    public string RequestId { get; init; } = Guid.NewGuid().ToString("D");

    /// <summary>The names listed in <c>headers=</c>, in order.</summary>
    public IReadOnlyList<string> SignedHeaders { get; init; } = ["(request-target)", "host", "date", "digest", "x-request-id"];

    /// <summary>Overrides the Digest header value (the default is the correct SHA-256).</summary>
    public Func<string, string>? Digest { get; init; }

    /// <summary>Headers added to the request (and available for signing).</summary>
    public IReadOnlyDictionary<string, string> ExtraHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>Signed headers that are then removed from the request.</summary>
    public IReadOnlyList<string> DropAfterSigning { get; init; } = [];

    public string? AcceptSignature { get; init; } = "rsa-sha256";

    /// <summary>Corrupts the signature after signing.</summary>
    public bool CorruptSignature { get; init; }

    /// <summary>The Authorization signature value sent (known after <see cref="Build"/>).</summary>
    public string? SentSignature { get; private set; }

    public HttpRequestMessage Build(Uri baseAddress)
    {
        var isPost = Method == "POST";
        var query = string.Join('&', Parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var pathAndQuery = !isPost && query.Length > 0 ? $"{Path}?{query}" : Path;
        var body = isPost ? Encoding.UTF8.GetBytes(query) : [];

        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseAddress, pathAndQuery));
        if (isPost || body.Length > 0)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["host"] = request.RequestUri!.Authority,
            [UseOriginalDate ? "original-date" : "date"] = Time.ToString("r", CultureInfo.InvariantCulture),
            ["x-request-id"] = RequestId,
        };
        var digest = "SHA-256=" + Convert.ToBase64String(SHA256.HashData(body));
        headers["digest"] = Digest?.Invoke(digest) ?? digest;
        foreach (var (name, value) in ExtraHeaders)
        {
            headers[name] = value;
        }

        if (AcceptSignature is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Signature", AcceptSignature);
        }

        if (Key is not null)
        {
            var signingString = string.Join('\n', SignedHeaders.Select(name => name == "(request-target)"
                ? $"(request-target): {Method.ToLowerInvariant()} {pathAndQuery}"
                : $"{name}: {(headers.TryGetValue(name, out var v) ? v : "")}"));
            var signature = Key.Rsa.SignData(Encoding.UTF8.GetBytes(signingString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            if (CorruptSignature)
            {
                signature[10] ^= 0xff;
            }

            SentSignature = Convert.ToBase64String(signature);
            request.Headers.TryAddWithoutValidation("Authorization",
                $"Signature keyId=\"{KeyId ?? Key.KeyId}\",algorithm=\"rsa-sha256\",headers=\"{string.Join(' ', SignedHeaders)}\",signature=\"{SentSignature}\"");
        }

        foreach (var (name, value) in headers)
        {
            if (DropAfterSigning.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (name == "host")
            {
                request.Headers.Host = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }
}
