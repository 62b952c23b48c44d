using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Manifest;

public sealed class ManifestTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static readonly XNamespace Mf = "https://github.com/erasmus-without-paper/ewp-specs-api-discovery/tree/stable-v6";
    private static readonly XNamespace R = "https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1";
    private static readonly XNamespace Echo = "https://github.com/erasmus-without-paper/ewp-specs-api-echo/blob/stable-v2/manifest-entry.xsd";
    private static readonly XNamespace Sec = "https://github.com/erasmus-without-paper/ewp-specs-sec-intro/tree/stable-v2";

    [Fact]
    public async Task GetManifest_Anonymous_ValidDiscoveryV6()
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.Client.GetAsync("/ewp/manifest", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        XmlAssert.Valid(await response.Content.ReadAsStringAsync(ct), XmlAssert.ManifestXsd);
    }

    [Fact]
    public async Task GetManifest_Content_ListsEchoInstitutionAndBothKeys()
    {
        var ct = TestContext.Current.CancellationToken;

        var doc = XDocument.Parse(await gateway.Client.GetStringAsync("/ewp/manifest", ct));

        var host = doc.Root!.Element(Mf + "host")!;
        Assert.Equal(TestNetwork.GatewayHeiId, host.Element(Mf + "institutions-covered")!.Element(R + "hei")!.Attribute("id")!.Value);
        var echo = host.Element(R + "apis-implemented")!.Element(Echo + "echo")!;
        Assert.Equal("2.0.1", echo.Attribute("version")!.Value);
        Assert.Equal($"https://{gateway.BaseAddress.Authority}/ewp/echo", echo.Element(Echo + "url")!.Value);
        var security = echo.Element(Echo + "http-security")!;
        Assert.Equal(["httpsig"], security.Element(Sec + "client-auth-methods")!.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["tlscert", "httpsig"], security.Element(Sec + "server-auth-methods")!.Elements().Select(e => e.Name.LocalName));

        Assert.Equal(gateway.Network.GatewayClient.KeyId, Fingerprint(host.Element(Mf + "client-credentials-in-use")!));
        Assert.Equal(gateway.Network.GatewayServer.KeyId, Fingerprint(host.Element(Mf + "server-credentials-in-use")!));
    }

    [Fact]
    public async Task PostManifest_MethodNotAllowed_405ErrorResponse()
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.Client.PostAsync("/ewp/manifest", new StringContent(""), ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task GetUnknownEwpPath_404ErrorResponse()
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.Client.GetAsync("/ewp/no-such-api", ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/ewp/no-such-api", XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }

    private static string Fingerprint(XElement credentials) =>
        Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(credentials.Element(Mf + "rsa-public-key")!.Value)));
}
