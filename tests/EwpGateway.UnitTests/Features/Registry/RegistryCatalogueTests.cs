using System.Xml.Linq;
using EwpGateway.Features.Registry;
using EwpGateway.Infrastructure.Xml;
using EwpGateway.UnitTests.Infrastructure.Xml;
using Microsoft.Extensions.Logging.Abstractions;

namespace EwpGateway.UnitTests.Features.Registry;

public sealed class RegistryCatalogueTests
{
    private static readonly DateTimeOffset LoadedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TestCatalogue _test = TestCatalogue.Shared;

    [Fact]
    public void Validate_GeneratedCatalogue_IsSchemaValid()
    {
        Assert.Empty(EwpSchemas.Default.Validate(new MemoryStream(_test.ToBytes()), RegistryCatalogueStore.CatalogueXsd));
    }

    [Fact]
    public void Parse_GeneratedCatalogue_IndexesHostsAndInstitutions()
    {
        var catalogue = Parse(_test.ToXml());

        Assert.Equal(2, catalogue.Hosts.Count);
        Assert.True(catalogue.IsKnownHei("utwente.nl"));
        Assert.True(catalogue.IsKnownHei("itg.be"));
        Assert.False(catalogue.IsKnownHei("unknown.example"));
        var twente = catalogue.FindInstitution("utwente.nl");
        Assert.NotNull(twente);
        Assert.Equal(KeyValuePair.Create("erasmus", "NL ENSCHED01"), Assert.Single(twente.OtherIds));
        Assert.Equal(KeyValuePair.Create<string?, string>("en", "University of Twente"), Assert.Single(twente.Names));
        Assert.Equal(LoadedAt, catalogue.LoadedAt);
    }

    [Fact]
    public void GetHeisForClientKey_KnownKey_ReturnsCoveredHeis()
    {
        var catalogue = Parse(_test.ToXml());

        Assert.Equal(["utwente.nl", "itg.be"], catalogue.GetHeisForClientKey(_test.ClientFingerprint));
        Assert.Equal(["gtu.ge"], catalogue.GetHeisForClientKey(_test.OtherHostFingerprint));
        Assert.Empty(catalogue.GetHeisForClientKey(_test.ServerFingerprint));
    }

    [Fact]
    public void ClientKeyCount_HostListingTwoKeys_CountsBothForEachHeiItCovers()
    {
        var catalogue = Parse(_test.ToXml());

        Assert.Equal((2, 2, 1, 0), (catalogue.ClientKeyCount("utwente.nl"), catalogue.ClientKeyCount("itg.be"),
            catalogue.ClientKeyCount("gtu.ge"), catalogue.ClientKeyCount("unknown.example")));
    }

    [Fact]
    public void GetHeisForClientCertificate_KnownCertificate_ReturnsCoveredHeis()
    {
        var catalogue = Parse(_test.ToXml());

        Assert.Equal(["utwente.nl", "itg.be"], catalogue.GetHeisForClientCertificate(TestCatalogue.CertificateFingerprint));
    }

    [Fact]
    public void Parse_KeyWithWrongStatedFingerprint_Skipped()
    {
        var catalogue = Parse(_test.ToXml());

        Assert.Null(catalogue.GetPublicKeyDer(_test.TamperedStatedFingerprint));
        Assert.Null(catalogue.GetPublicKeyDer(TestCatalogue.Fingerprint(_test.TamperedKey)));
        Assert.Equal(3, catalogue.PublicKeyFingerprints.Count());
    }

    [Fact]
    public void CreatePublicKey_KnownKey_ReturnsSameKey()
    {
        var catalogue = Parse(_test.ToXml());

        using var rsa = catalogue.CreatePublicKey(_test.ClientFingerprint);

        Assert.NotNull(rsa);
        Assert.Equal(_test.ClientKey.ExportSubjectPublicKeyInfo(), rsa.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void SharedPublicKey_AskedTwice_ImportsOnceAndReturnsTheSameObject()
    {
        var catalogue = Parse(_test.ToXml());

        var first = catalogue.SharedPublicKey(_test.ClientFingerprint);
        var second = catalogue.SharedPublicKey(_test.ClientFingerprint);

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(_test.ClientKey.ExportSubjectPublicKeyInfo(), first.ExportSubjectPublicKeyInfo());
        Assert.Null(catalogue.SharedPublicKey(new string('0', 64)));
    }

    [Theory]
    [InlineData("https://ewp.utwente.example/iias/get?iia_id=1", true)]
    [InlineData("https://ewp.utwente.example/other/path", true)]
    [InlineData("https://ewp.gtu.example/echo", false)]
    [InlineData("http://ewp.utwente.example/echo", false)]
    [InlineData("https://ewp.utwente.example:8443/echo", false)]
    [InlineData("https://EWP.UTwente.example/echo", true)]
    [InlineData("https://ewp.utwente.example:443/echo", true)]
    [InlineData("https://unknown.example/echo", false)]
    public void IsServerKeyFor_ServerKeyOfHost1_MatchesHost1Urls(string url, bool expected)
    {
        var catalogue = Parse(_test.ToXml());

        Assert.Equal(expected, catalogue.IsServerKeyFor(_test.ServerFingerprint, new Uri(url)));
    }

    [Fact]
    public void IsServerKeyFor_ClientOnlyKey_False()
    {
        var catalogue = Parse(_test.ToXml());

        Assert.False(catalogue.IsServerKeyFor(_test.ClientFingerprint, new Uri("https://ewp.utwente.example/echo")));
    }

    [Fact]
    public void GetApis_ByLocalName_HighestVersionFirstWithUrlsAndLimits()
    {
        var catalogue = Parse(_test.ToXml());

        var apis = catalogue.GetApis("itg.be", "iias");

        Assert.Equal(["7.0.0", "6.3.0"], apis.Select(a => a.Version));
        Assert.Equal("https://ewp.utwente.example/iias/get", apis[0].Urls["get-url"]);
        Assert.Equal("https://ewp.utwente.example/iias/index", apis[0].Urls["index-url"]);
        Assert.Equal("5", apis[0].Limits["max-iia-ids"]);
        Assert.Equal(TestCatalogue.IiasV7Ns, apis[0].Namespace);
    }

    [Fact]
    public void GetApis_ByNamespace_OnlyThatNamespace()
    {
        var catalogue = Parse(_test.ToXml());

        var api = Assert.Single(catalogue.GetApis("utwente.nl", TestCatalogue.IiasV6Ns));

        Assert.Equal("6.3.0", api.Version);
        Assert.Empty(catalogue.GetApis("unknown.example", "iias"));
    }

    [Theory]
    [InlineData("10.0.0", "9.1.0", 1)]
    [InlineData("7.0.0", "7.0.0", 0)]
    [InlineData("1.0.0-rc9", "1.0.0-rc10", 1)]
    [InlineData("2.0", "2.0.1", -1)]
    public void CompareVersions_Pairs_OrdersNumerically(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(RegistryApiEntry.CompareVersions(left, right)));
    }

    [Fact]
    public void Parse_OfficialExample_IndexesExampleHost()
    {
        var document = XDocument.Load(SpecExamples.PathOf("ewp-specs-api-registry/catalogue-example.xml"));
        const string key = "5531f9a02c44a894d0b706961259fec740ad4ae8a3555871f1a5cd9801285bd4";

        var catalogue = new RegistryCatalogueParser(NullLogger<RegistryCatalogueParser>.Instance).Parse(document, LoadedAt);

        Assert.Equal(2, catalogue.Hosts.Count);
        Assert.NotNull(catalogue.GetPublicKeyDer(key));
        Assert.Equal(["uw.edu.pl"], catalogue.GetHeisForClientKey(key));
        Assert.Equal(["uw.edu.pl"], catalogue.GetHeisForClientCertificate("19fdd48a85595958035a1a42da8065709a585f78cc01b4df428f68eab39b9dda"));
        Assert.True(catalogue.IsServerKeyFor(key, new Uri("https://example.com/ewp/echo")));
        Assert.Equal("https://example.com/ewp/echo", Assert.Single(catalogue.GetApis("uw.edu.pl", "echo")).Urls["url"]);
        Assert.Equal("University of Warsaw", catalogue.FindInstitution("uw.edu.pl")!.Names[0].Value);
    }

    private static RegistryCatalogue Parse(string xml) =>
        new RegistryCatalogueParser(NullLogger<RegistryCatalogueParser>.Instance).Parse(XDocument.Parse(xml), LoadedAt);
}
