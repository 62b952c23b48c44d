using System.Text;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.UnitTests.Infrastructure.Xml;

/// <summary>
/// The raw payload kept with a partner's copy: the same bytes as the element's unformatted string in UTF-8, whatever the
/// element holds, for an element in a response (namespaces declared on an ancestor) as for one built in code.
/// </summary>
public sealed class XmlBytesTests
{
    private const string Response = """
        <iias-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd"
                           xmlns:c="https://example.org/contact" xmlns:x="https://example.org/unused">
          <iia>
            <partner><hei-id>utwente.nl</hei-id><iia-id>A&amp;B &lt;1&gt;</iia-id>
              <c:contact c:role='a "quoted" role' note="line&#10;break&#9;tab&#13;cr">Zoë 中文 😀 &#x85; &#x2028;</c:contact>
            </partner>
            <!-- a comment -->
            <?pi some data?>
            <note><![CDATA[<not> & markup]]></note>
            <empty/>
            <text xml:lang="fr">  spaces   kept  </text>
          </iia>
        </iias-get-response>
        """;

    [Fact]
    public void Of_ElementInItsResponse_SameBytesAsItsUnformattedString()
    {
        var iia = XDocument.Parse(Response).Root!.Elements().Single();

        Assert.Equal(Expected(iia), XmlBytes.Of(iia));
    }

    [Fact]
    public void Of_ElementBuiltInCode_SameBytesAsItsUnformattedString()
    {
        XNamespace ns = "urn:example";
        var element = new XElement(
            ns + "root",
            new XAttribute("a", "x\r\ny\u0085z"),
            new XElement(ns + "text", "crlf\r\nlf\ncr\r end & < > \" '"),
            new XElement("unqualified", new XCData("]]> inside")),
            new XElement(ns + "big", new string('é', 100_000)));

        Assert.Equal(Expected(element), XmlBytes.Of(element));
    }

    private static byte[] Expected(XElement element) => Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting));
}
