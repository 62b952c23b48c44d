using System.Net;
using System.Security.Cryptography.Xml;
using System.Xml;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>
/// With an ELMO signing key configured, every served ELMO document carries an enveloped RSA-SHA256 signature that
/// verifies with the configured key once the document is cut out of the response, and the response stays XSD-valid.
/// </summary>
public sealed class TorsSignedElmoTests(SignedElmoGatewayFixture gateway) : IClassFixture<SignedElmoGatewayFixture>
{
    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Get_SigningKeyConfigured_ElmoSignatureVerifies(string method)
    {
        var ct = TestContext.Current.CancellationToken;
        var request = new EwpRequest
        {
            Method = method,
            Path = TorsGetTests.Path,
            Parameters = TorsGetTests.Request(TorsGetTests.ValidatorMobility, "im-validator2-1"),
            Key = gateway.Network.ValidatorClient,
            Time = TimeProvider.System.GetUtcNow(),
        };
        using var message = request.Build(gateway.BaseAddress);

        var response = await gateway.Client.SendAsync(message, ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XmlAssert.Valid(body, XmlAssert.TorsGetXsd);
        var served = new XmlDocument { PreserveWhitespace = true };
        served.LoadXml(body);
        var elmos = served.GetElementsByTagName("elmo", TorsGetTests.Elmo.NamespaceName).Cast<XmlElement>().ToList();
        Assert.Equal(2, elmos.Count);
        foreach (var elmo in elmos)
        {
            var alone = new XmlDocument { PreserveWhitespace = true };
            alone.AppendChild(alone.ImportNode(elmo, deep: true));
            var signed = new SignedXml(alone);
            signed.LoadXml((XmlElement)alone.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl)[0]!);
            Assert.Equal(SignedXml.XmlDsigRSASHA256Url, signed.SignatureMethod);
            Assert.True(signed.CheckSignature(gateway.ElmoKey.Rsa));
        }
    }

    [Fact]
    public async Task Get_TamperedElmo_SignatureFails()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = new EwpRequest
        {
            Path = TorsGetTests.Path,
            Parameters = TorsGetTests.Request(TorsGetTests.ValidatorMobility),
            Key = gateway.Network.ValidatorClient,
            Time = TimeProvider.System.GetUtcNow(),
        };
        using var message = request.Build(gateway.BaseAddress);
        var body = await (await gateway.Client.SendAsync(message, ct)).Content.ReadAsStringAsync(ct);
        var served = new XmlDocument { PreserveWhitespace = true };
        served.LoadXml(body);
        var alone = new XmlDocument { PreserveWhitespace = true };
        alone.AppendChild(alone.ImportNode(served.GetElementsByTagName("elmo", TorsGetTests.Elmo.NamespaceName)[0]!, deep: true));

        alone.GetElementsByTagName("resultLabel", TorsGetTests.Elmo.NamespaceName)[0]!.InnerText = "20";

        var signed = new SignedXml(alone);
        signed.LoadXml((XmlElement)alone.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl)[0]!);
        Assert.False(signed.CheckSignature(gateway.ElmoKey.Rsa));
    }
}
