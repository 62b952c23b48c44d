using System.Text;
using System.Xml;

namespace EwpGateway.Infrastructure.Protocol;

/// <summary>Writer settings shared by every EWP document the gateway produces.</summary>
internal static class EwpXml
{
    public const string ContentType = "application/xml; charset=utf-8";

    /// <summary>Settings for streaming a document straight into a response body.</summary>
    public static XmlWriterSettings WriterSettings { get; } = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NamespaceHandling = NamespaceHandling.OmitDuplicates,
        CloseOutput = false,
    };

    /// <summary>Creates a writer on <paramref name="body"/> with <see cref="WriterSettings"/>.</summary>
    public static XmlWriter CreateWriter(Stream body) => XmlWriter.Create(body, WriterSettings);
}
