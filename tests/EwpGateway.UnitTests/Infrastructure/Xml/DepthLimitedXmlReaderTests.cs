using System.Text;
using System.Xml;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.UnitTests.Infrastructure.Xml;

public sealed class DepthLimitedXmlReaderTests
{
    [Fact]
    public async Task LoadAsync_NestingBeyondTheLimit_XmlException()
    {
        var xml = string.Concat(Enumerable.Repeat("<a>", 10_000)) + string.Concat(Enumerable.Repeat("</a>", 10_000));

        var ex = await Assert.ThrowsAsync<XmlException>(() =>
            HardenedXml.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml)), TestContext.Current.CancellationToken));

        Assert.Contains("deeper than 64 levels", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_NestingAtTheLimit_Loaded()
    {
        var depth = HardenedXml.MaxDepth;
        var xml = string.Concat(Enumerable.Repeat("<a>", depth)) + "x" + string.Concat(Enumerable.Repeat("</a>", depth));

        var document = await HardenedXml.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml)), TestContext.Current.CancellationToken);

        Assert.Equal("x", document.Root!.Value);
    }

    [Fact]
    public void Validate_DeeplyNestedDocument_ReportedAsError()
    {
        var xml = "<response xmlns=\"https://github.com/erasmus-without-paper/ewp-specs-api-echo/tree/stable-v2\">"
            + string.Concat(Enumerable.Repeat("<echo>", 5_000)) + string.Concat(Enumerable.Repeat("</echo>", 5_000)) + "</response>";

        var errors = EwpSchemas.Default.Validate(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "ewp-specs-api-echo/response.xsd");

        Assert.Contains(errors, e => e.Message.Contains("deeper than", StringComparison.Ordinal));
    }
}
