using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace EwpGateway.PartnerSimulator.Xml;

/// <summary>Serialises documents as the simulator serves them: UTF-8 without BOM, indented.</summary>
internal static class XmlBytes
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
    };

    public static byte[] Of(XElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
        }

        return buffer.ToArray();
    }

    public static string TextOf(XElement root) => Encoding.UTF8.GetString(Of(root));
}
