using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// A request with any body and content type, signed as an EWP client signs (cliauth-httpsig: <c>(request-target) host
/// date digest x-request-id</c>, SHA-256 digest of the body as sent), so that only the part under test can be refused.
/// Sent through HttpClient (<see cref="ToMessage"/>) or byte for byte (<see cref="RawHeaders"/>).
/// </summary>
internal sealed record SignedRaw
{
    public string Method { get; init; } = "POST";

    /// <summary>Path and query exactly as sent (and signed).</summary>
    public required string Target { get; init; }

    public byte[] Body { get; init; } = [];

    public string? ContentType { get; init; } = "application/x-www-form-urlencoded";

    public required TestKey Key { get; init; }

    public required string Host { get; init; }

    public string RequestId { get; init; } = Guid.NewGuid().ToString("D");

    public DateTimeOffset Time { get; init; } = TimeProvider.System.GetUtcNow();

    /// <summary>Headers added after the signed ones (not signed).</summary>
    public IReadOnlyList<(string Name, string Value)> Extra { get; init; } = [];

    public static SignedRaw Form(SecurityGateway gateway, string path, string form) => new()
    {
        Target = path,
        Body = Encoding.UTF8.GetBytes(form),
        Key = gateway.Network.ValidatorClient,
        Host = gateway.BaseAddress.Authority,
    };

    /// <summary>The signed headers in order, Content-Type and Content-Length included (when there is a body).</summary>
    public List<(string Name, string Value)> Headers()
    {
        var date = Time.ToString("r", CultureInfo.InvariantCulture);
        var digest = "SHA-256=" + Convert.ToBase64String(SHA256.HashData(Body));
        var signingString = $"(request-target): {Method.ToLowerInvariant()} {Target}\nhost: {Host}\ndate: {date}\ndigest: {digest}\nx-request-id: {RequestId}";
        var signature = Convert.ToBase64String(Key.Rsa.SignData(Encoding.UTF8.GetBytes(signingString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        List<(string, string)> headers =
        [
            ("Host", Host),
            ("Date", date),
            ("Digest", digest),
            ("X-Request-Id", RequestId),
            ("Authorization", $"Signature keyId=\"{Key.KeyId}\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest x-request-id\",signature=\"{signature}\""),
            ("Accept-Signature", "rsa-sha256"),
        ];
        if (ContentType is not null)
        {
            headers.Add(("Content-Type", ContentType));
        }

        headers.AddRange(Extra);
        return headers;
    }

    /// <summary>The headers as raw bytes for <see cref="RawHttp"/>, with Content-Length of <see cref="Body"/>.</summary>
    public List<(string Name, byte[] Value)> RawHeaders()
    {
        var headers = Headers().Select(h => (h.Name, Encoding.UTF8.GetBytes(h.Value))).ToList();
        headers.Add(("Content-Length", RawHttp.Ascii(Body.Length.ToString(CultureInfo.InvariantCulture))));
        return headers;
    }

    public HttpRequestMessage ToMessage(Uri baseAddress)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseAddress, Target));
        if (Body.Length > 0 || Method == "POST")
        {
            message.Content = new ByteArrayContent(Body);
        }

        foreach (var (name, value) in Headers())
        {
            if (name == "Host")
            {
                message.Headers.Host = value;
            }
            else if (name == "Content-Type")
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation("Content-Type", value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}
