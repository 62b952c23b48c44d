using System.Text;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.UnitTests.Infrastructure.Xml;

public sealed class LiftingXmlReaderTests
{
    private const string Ns = "urn:test";
    private const int Threshold = 1024;
    private static readonly IReadOnlySet<(string, string)> Content = new HashSet<(string, string)> { ("content", Ns) };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Load_LargeText_LiftedAndSerializedAsTheUnliftedDocument()
    {
        var pdf = RandomBytes(200_000);
        var base64 = Convert.ToBase64String(pdf, Base64FormattingOptions.InsertLineBreaks);
        var xml = $"""<r xmlns="{Ns}" xmlns:x="urn:x"><item><content x:a="1">  data:application/pdf;base64,{base64}&amp;&lt;&#xD;</content><small>kept &amp; small</small></item></r>""";
        using var lifted = new LiftedTexts();

        var document = await LoadAsync(xml, lifted);
        var expected = (await LoadAsync(xml, null)).Root!.Element(XName.Get("item", Ns))!;

        var item = document.Root!.Element(XName.Get("item", Ns))!;
        Assert.Equal(1, lifted.Count);
        Assert.NotNull(lifted.Find(item.Element(XName.Get("content", Ns))!.Value));
        Assert.Equal("kept & small", item.Element(XName.Get("small", Ns))!.Value);
        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString(SaveOptions.DisableFormatting)), lifted.Serialize(item));
    }

    [Fact]
    public async Task Load_SmallTextOfATargetElement_NotLifted()
    {
        using var lifted = new LiftedTexts();

        var document = await LoadAsync($"""<r xmlns="{Ns}"><content>data:text/plain;base64,aGVsbG8=</content></r>""", lifted);

        Assert.Equal(0, lifted.Count);
        Assert.Equal("data:text/plain;base64,aGVsbG8=", document.Root!.Element(XName.Get("content", Ns))!.Value);
    }

    [Fact]
    public async Task DecodeBase64Payload_WrappedBase64_TheExactBytes()
    {
        var pdf = RandomBytes(100_001);
        using var lifted = new LiftedTexts();
        var document = await LoadAsync(
            $"""<r xmlns="{Ns}"><content>data:application/pdf;base64,{Convert.ToBase64String(pdf, Base64FormattingOptions.InsertLineBreaks)}</content></r>""", lifted);

        var text = lifted.Find(document.Root!.Element(XName.Get("content", Ns))!.Value)!;

        Assert.Equal(pdf.Length, text.DecodedLength);
        Assert.Equal(pdf, text.DecodeBase64Payload());
        Assert.StartsWith("data:application/pdf;base64,", text.Head, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DecodeBase64Payload_TruncatedOrBrokenBase64_Null(bool truncated)
    {
        var base64 = Convert.ToBase64String(RandomBytes(30_000));
        var broken = truncated ? base64[..^1] : base64[..5000] + "*" + base64[5001..];
        using var lifted = new LiftedTexts();
        var document = await LoadAsync($"""<r xmlns="{Ns}"><content>data:application/pdf;base64,{broken}</content></r>""", lifted);

        var text = lifted.Find(document.Root!.Element(XName.Get("content", Ns))!.Value)!;

        Assert.Null(text.DecodeBase64Payload());
        Assert.Equal("data:application/pdf;base64," + broken, text.ReadAll());
    }

    [Fact]
    public async Task DecodeBase64PayloadTo_WrappedBase64_TheExactBytesWritten()
    {
        var pdf = RandomBytes(100_001);
        using var lifted = new LiftedTexts();
        var document = await LoadAsync(
            $"""<r xmlns="{Ns}"><content>data:application/pdf;base64,{Convert.ToBase64String(pdf, Base64FormattingOptions.InsertLineBreaks)}</content></r>""", lifted);
        var text = lifted.Find(document.Root!.Element(XName.Get("content", Ns))!.Value)!;
        using var output = new MemoryStream();

        var decoded = text.DecodeBase64PayloadTo(output);

        Assert.True(decoded);
        Assert.Equal(pdf, output.ToArray());
    }

    [Fact]
    public async Task DecodeBase64PayloadTo_BrokenBase64_False()
    {
        var base64 = Convert.ToBase64String(RandomBytes(30_000));
        using var lifted = new LiftedTexts();
        var document = await LoadAsync($"""<r xmlns="{Ns}"><content>data:application/pdf;base64,{base64[..20_000]}*{base64[20_001..]}</content></r>""", lifted);
        var text = lifted.Find(document.Root!.Element(XName.Get("content", Ns))!.Value)!;

        Assert.False(text.DecodeBase64PayloadTo(Stream.Null));
    }

    [Fact]
    public async Task SerializeToStream_LargeText_SameBytesAsTheArray()
    {
        var base64 = Convert.ToBase64String(RandomBytes(50_000), Base64FormattingOptions.InsertLineBreaks);
        using var lifted = new LiftedTexts();
        var document = await LoadAsync($"""<r xmlns="{Ns}"><item><content>data:application/pdf;base64,{base64}&amp;</content></item></r>""", lifted);
        var item = document.Root!.Element(XName.Get("item", Ns))!;
        using var output = new MemoryStream();

        lifted.Serialize(item, output);

        Assert.True(lifted.HasLifted(item));
        Assert.False(lifted.HasLifted(new XElement("other", "text")));
        Assert.Equal(lifted.Serialize(item), output.ToArray());
    }

    private static async Task<XDocument> LoadAsync(string xml, LiftedTexts? lifted)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        using var reader = HardenedXml.CreateReader(
            stream, async: true, wrap: lifted is null ? null : parser => new LiftingXmlReader(parser, lifted, Content, Threshold));
        return await XDocument.LoadAsync(reader, LoadOptions.PreserveWhitespace, Ct);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(3).NextBytes(bytes);
        return bytes;
    }
}
