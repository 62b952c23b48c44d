using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.UnitTests.Fuzzing;

/// <summary>What the fuzz targets found, kept as regular tests (minimal inputs; the seed and index that found each).</summary>
public sealed class FuzzFindingsTests
{
    private const string Elmo = "https://github.com/emrex-eu/elmo-schemas/tree/v1";
    private const string Dsig = "http://www.w3.org/2000/09/xmldsig#";

    /// <summary>elmo-signature, seed 20261123, input 20: a SignatureValue that is not base64 escaped as FormatException.</summary>
    [Theory]
    [InlineData("SignatureValue", "L6K+lNGm,tdfizD/lYhWVo3+Ed2z84jQML1olw7wsrgRScEsGo3k")]
    [InlineData("DigestValue", "not*base64")]
    [InlineData("Modulus", "====")]
    public void ElmoSignatureVerifier_ValueNotBase64_InvalidNotThrown(string element, string value)
    {
        var parts = new Dictionary<string, string>
        {
            ["DigestValue"] = "Jtr8EEgnqTe+7Vq7gbwyhLUrD1AC2SCxuDK6hRUg37k=",
            ["SignatureValue"] = "AAAA",
            ["Modulus"] = "rRALLpruWxviWEL6IpPm66VpP62EFPuN6SpcASqTM3pkTS5R96kI88aef9Qr4tKuJptRJgql8wHa7WYTHtwbLs8Cmu+1daD1IKNs3VWYKVffDg==",
        };
        parts[element] = value;
        var xml = $"""
            <elmo xmlns="{Elmo}"><generatedDate>2027-07-01T00:00:00Z</generatedDate><Signature xmlns="{Dsig}"><SignedInfo>
            <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
            <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><Reference URI=""><Transforms>
            <Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></Transforms>
            <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>{parts["DigestValue"]}</DigestValue></Reference>
            </SignedInfo><SignatureValue>{parts["SignatureValue"]}</SignatureValue><KeyInfo><KeyValue><RSAKeyValue>
            <Modulus>{parts["Modulus"]}</Modulus><Exponent>AQAB</Exponent></RSAKeyValue></KeyValue></KeyInfo></Signature></elmo>
            """;

        var (status, detail) = ElmoSignatureVerifier.Verify(System.Text.Encoding.UTF8.GetBytes(xml));

        Assert.Equal(ElmoSignatureStatus.Invalid, status);
        Assert.False(string.IsNullOrWhiteSpace(detail));
    }
}
