using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>Builds hand-made signed requests, correct by default, with one property changed per test.</summary>
internal sealed class TestRequest
{
    public string Method { get; set; } = "GET";

    public string PathAndQuery { get; set; } = "/echo?echo=a&echo=b";

    public string? Body { get; set; }

    public string? ContentType { get; set; }

    public string? Host { get; set; }

    public string? Date { get; set; }

    public string? OriginalDate { get; set; }

    public string? Digest { get; set; }

    public string? RequestId { get; set; } = EwpGateway.HttpSignatures.RequestId.New();

    public string Algorithm { get; set; } = "rsa-sha256";

    public string KeyId { get; set; } = TestKeys.ClientKeyId;

    public RSA? Key { get; set; }

    public List<string> SignedHeaders { get; set; } = ["(request-target)", "host", "date", "digest", "x-request-id"];

    public Dictionary<string, string> ExtraHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Headers left out of the message although they are signed.</summary>
    public HashSet<string> OmitHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Func<string, string>? TamperSignature { get; set; }

    public string? AcceptSignature { get; set; }

    public HttpRequestMessage Build(SignatureTestServer server)
    {
        var body = Encoding.UTF8.GetBytes(Body ?? string.Empty);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["host"] = Host ?? server.Host,
            ["digest"] = Digest ?? DigestHeader.Compute(body),
        };
        if (OriginalDate is null || Date is not null)
        {
            headers["date"] = Date ?? server.Time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        }

        if (OriginalDate is not null)
        {
            headers["original-date"] = OriginalDate;
        }

        if (RequestId is not null)
        {
            headers["x-request-id"] = RequestId;
        }

        foreach (var (name, value) in ExtraHeaders)
        {
            headers[name] = value;
        }

        using var key = Key is null ? TestKeys.LoadClient() : null;
        Assert.True(SigningString.TryBuild(
            SignedHeaders, name => headers.GetValueOrDefault(name), Method, PathAndQuery, out var signingString, out var missing), missing);
        var signature = RsaSha256.Sign(Key ?? key!, signingString);
        signature = TamperSignature?.Invoke(signature) ?? signature;

        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(server.BaseAddress, PathAndQuery));
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType ?? "application/x-www-form-urlencoded");
        }

        foreach (var (name, value) in headers)
        {
            if (OmitHeaders.Contains(name))
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

        if (AcceptSignature is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Signature", AcceptSignature);
        }

        request.Headers.TryAddWithoutValidation(
            "Authorization",
            $"Signature keyId=\"{KeyId}\",algorithm=\"{Algorithm}\",headers=\"{string.Join(' ', SignedHeaders)}\",signature=\"{signature}\"");
        return request;
    }
}
