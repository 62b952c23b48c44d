using System.Xml.Linq;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.UnitTests.PartnerSimulator;

/// <summary>
/// The simulator's own <c>iia-hash</c> implementation against the official examples. The examples live in
/// <c>../shared/ewp-specs</c> beside the repository; they are required here (CI has them), so a missing folder fails.
/// </summary>
public sealed class IiaHashTests
{
    [Theory]
    [InlineData("ewp-specs-api-iias/resources/xsltKit/get-response-v7.xml", "87b33170d7a6c6d894215641f39e7b7de36501265479e5ab3922f32d5b225033")]
    [InlineData("ewp-specs-api-iias/endpoints/get-response-example.xml", "e950faa83a799cf45839e7915db88ed51575babe7845c1219dfde54ce30a61e4")]
    public void Compute_OfficialExample_MatchesKnownHash(string example, string expected)
    {
        var document = XDocument.Load(Path.Combine(SpecsFolder(), example), LoadOptions.PreserveWhitespace);
        var iia = document.Root!.Elements().First(e => e.Name.LocalName == "iia");

        Assert.Equal(expected, IiaHash.Compute(iia));
    }

    [Fact]
    public void TextToHash_DigestExample_SkipsContactsAndNotYetDefined()
    {
        XNamespace n = "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd";
        XNamespace c = "https://github.com/erasmus-without-paper/ewp-specs-types-contact/tree/stable-v1";
        var iia = new XElement(
            n + "iia",
            new XElement(n + "partner", new XElement(n + "hei-id", "uw.edu.pl"), new XElement(n + "iia-id", "A-17"), new XElement(n + "iia-code", "UW/2024/17")),
            new XElement(n + "partner", new XElement(n + "hei-id", "hibo.no"), new XElement(n + "iia-id", "B-9")),
            new XElement(n + "in-effect", "false"),
            new XElement(
                n + "cooperation-conditions",
                new XElement(
                    n + "staff-training-mobility-spec",
                    new XElement(n + "sending-hei-id", "uw.edu.pl"),
                    new XElement(n + "sending-ounit-id", "140"),
                    new XElement(n + "sending-contact", new XElement(c + "contact-name", "Anna Kowalska")),
                    new XElement(n + "receiving-hei-id", "hibo.no"),
                    new XElement(n + "receiving-first-academic-year-id", "2024/2025"),
                    new XElement(n + "receiving-last-academic-year-id", "2026/2027"),
                    new XElement(n + "mobilities-per-year", "2"),
                    new XElement(n + "recommended-language-skill", new XAttribute("not-yet-defined", "true"), new XElement(n + "language", "en")),
                    new XElement(n + "recommended-language-skill", new XElement(n + "language", "nb"), new XElement(n + "cefr-level", "B1")),
                    new XElement(n + "subject-area", new XElement(n + "isced-f-code", new XAttribute("v6-value", "031"), "0314"), new XElement(n + "isced-clarification", "Sociology & \"culture\"")),
                    new XElement(n + "total-days-per-year", "5.5"))));
        _ = new XDocument(new XElement(n + "iias-get-response", iia));

        Assert.Equal(783, System.Text.Encoding.UTF8.GetByteCount(IiaHash.TextToHash(iia)));
        Assert.Equal("3b981b233ee3ba9fdf608c3d142d98d402f0a19018baaf5ac55e01f278d89455", IiaHash.Compute(iia));
    }

    private static string SpecsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EwpGateway.sln")))
            {
                var specs = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "ewp-specs"));
                Assert.True(Directory.Exists(specs), $"The official EWP examples are required beside the repository: {specs} is missing.");
                return specs;
            }
        }

        Assert.Fail("EwpGateway.sln not found above " + AppContext.BaseDirectory);
        return "";
    }
}
