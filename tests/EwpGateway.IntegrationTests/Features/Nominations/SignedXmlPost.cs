using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Nominations;

/// <summary>
/// A request with an XML body (Outgoing Mobilities v3 <c>update</c>), signed the way an EWP client does
/// (cliauth-httpsig with a SHA-256 digest of the body); <see cref="EwpRequest"/> only sends form bodies.
/// </summary>
internal static class SignedXmlPost
{
    public static HttpRequestMessage Build(
        Uri baseAddress, string path, string xml, TestKey key, string method = "POST", string contentType = "text/xml; charset=utf-8")
    {
        var body = Encoding.UTF8.GetBytes(xml);
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(baseAddress, path))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var headers = new (string Name, string Value)[]
        {
            ("host", request.RequestUri!.Authority),
            ("date", TimeProvider.System.GetUtcNow().ToString("r", CultureInfo.InvariantCulture)),
            ("digest", "SHA-256=" + Convert.ToBase64String(SHA256.HashData(body))),
            ("x-request-id", Guid.NewGuid().ToString("D")),
        };
        var signingString = $"(request-target): {method.ToLowerInvariant()} {path}\n"
            + string.Join('\n', headers.Select(h => $"{h.Name}: {h.Value}"));
        var signature = Convert.ToBase64String(key.Rsa.SignData(Encoding.UTF8.GetBytes(signingString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        request.Headers.TryAddWithoutValidation("Authorization",
            $"Signature keyId=\"{key.KeyId}\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest x-request-id\",signature=\"{signature}\"");
        request.Headers.TryAddWithoutValidation("Accept-Signature", "rsa-sha256");
        foreach (var (name, value) in headers)
        {
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
