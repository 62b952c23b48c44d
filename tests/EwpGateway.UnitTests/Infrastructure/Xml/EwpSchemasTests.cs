using System.Text;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.UnitTests.Infrastructure.Xml;

public sealed class EwpSchemasTests
{
    private const string Catalogue = "ewp-specs-api-registry/catalogue.xsd";
    private const string EchoNs = "https://github.com/erasmus-without-paper/ewp-specs-api-echo/tree/stable-v2";

    [Theory]
    [InlineData("ewp-specs-api-registry/catalogue.xsd")]
    [InlineData("ewp-specs-api-discovery/manifest.xsd")]
    [InlineData("ewp-specs-api-echo/response.xsd")]
    [InlineData("ewp-specs-api-iias/endpoints/get-response.xsd")]
    [InlineData("ewp-specs-api-omobility-las/endpoints/get-response.xsd")]
    [InlineData("ewp-specs-api-imobility-tors/endpoints/get-response.xsd")]
    [InlineData("_registry-service-bundled/ewp-specs-api-omobilities-v3.0.0/endpoints/get-response.xsd")]
    [InlineData("_registry-service-bundled/ewp-specs-api-imobility-tors-v3.0.0/endpoints/get-response.xsd")]
    public void GetSchemaSet_OfficialSchema_Compiles(string xsd)
    {
        var set = EwpSchemas.Default.GetSchemaSet(xsd);

        Assert.True(set.IsCompiled);
        Assert.NotEmpty(set.GlobalElements.Names);
    }

    [Fact]
    public void GetSchemaSet_SameSchemaTwice_ReturnsCachedSet()
    {
        Assert.Same(EwpSchemas.Default.GetSchemaSet(Catalogue), EwpSchemas.Default.GetSchemaSet(Catalogue));
    }

    [Fact]
    public void GetSchemaSet_PathNotInLock_Throws()
    {
        Assert.Throws<ArgumentException>(() => EwpSchemas.Default.GetSchemaSet("../../etc/passwd.xsd"));
    }

    [Theory]
    [InlineData("ewp-specs-api-registry/catalogue-example.xml", "ewp-specs-api-registry/catalogue.xsd")]
    [InlineData("ewp-specs-api-discovery/manifest-example.xml", "ewp-specs-api-discovery/manifest.xsd")]
    [InlineData("ewp-specs-api-iias/endpoints/get-response-example.xml", "ewp-specs-api-iias/endpoints/get-response.xsd")]
    [InlineData("ewp-specs-api-iias/endpoints/index-response-example.xml", "ewp-specs-api-iias/endpoints/index-response.xsd")]
    public void Validate_OfficialExample_NoErrors(string example, string xsd)
    {
        using var stream = SpecExamples.Open(example);

        var errors = EwpSchemas.Default.Validate(stream, xsd);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_EchoResponse_NoErrors()
    {
        var xml = $"<response xmlns='{EchoNs}'><hei-id>inp-toulouse.fr</hei-id><echo>a</echo><echo>b</echo></response>";

        var errors = EwpSchemas.Default.Validate(ToStream(xml), "ewp-specs-api-echo/response.xsd");

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_EchoResponseWithUnknownElement_ReportsLine()
    {
        var xml = $"<response xmlns='{EchoNs}'>\n<hei-id>x</hei-id>\n<bogus/>\n</response>";

        var errors = EwpSchemas.Default.Validate(ToStream(xml), "ewp-specs-api-echo/response.xsd");

        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("bogus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RootNotDeclaredBySchema_ReportsError()
    {
        var errors = EwpSchemas.Default.Validate(ToStream("<catalogue xmlns='urn:other'/>"), Catalogue);

        Assert.Contains(errors, e => e.Message.Contains("not declared", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MalformedXml_ReportsError()
    {
        var errors = EwpSchemas.Default.Validate(ToStream("<response><unclosed></response>"), "ewp-specs-api-echo/response.xsd");

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Validate_DocumentWithDtd_Refused()
    {
        var xml = $"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><response xmlns='{EchoNs}'><echo>&x;</echo></response>";

        var errors = EwpSchemas.Default.Validate(ToStream(xml), "ewp-specs-api-echo/response.xsd");

        Assert.Contains(errors, e => e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Validate_XDocumentInvalid_ReportsLineFromLineInfo()
    {
        var doc = XDocument.Parse($"<response xmlns='{EchoNs}'>\n<echo>a</echo>\n<hei-id>late</hei-id>\n<nope/></response>", LoadOptions.SetLineInfo);

        var errors = EwpSchemas.Default.Validate(doc, "ewp-specs-api-echo/response.xsd");

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.True(e.Line > 0));
    }

    [Fact]
    public void Validate_XDocumentValid_NoErrors()
    {
        var doc = XDocument.Parse($"<response xmlns='{EchoNs}'><hei-id>x</hei-id></response>");

        Assert.Empty(EwpSchemas.Default.Validate(doc, "ewp-specs-api-echo/response.xsd"));
    }

    [Fact]
    public async Task HardenedXmlLoadAsync_ExternalEntity_Throws()
    {
        var xml = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><r>&x;</r>";

        await Assert.ThrowsAsync<XmlException>(() => HardenedXml.LoadAsync(ToStream(xml), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HardenedXmlLoadAsync_TooLarge_Throws()
    {
        var xml = "<r>" + new string('a', 5000) + "</r>";

        await Assert.ThrowsAsync<XmlException>(() => HardenedXml.LoadAsync(ToStream(xml), 1000, TestContext.Current.CancellationToken));
    }

    private static MemoryStream ToStream(string xml) => new(Encoding.UTF8.GetBytes(xml));
}
