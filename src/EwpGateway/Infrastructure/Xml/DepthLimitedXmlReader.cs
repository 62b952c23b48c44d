using System.Xml;

namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// Passes an <see cref="XmlReader"/> through, refusing documents nested deeper than a limit: deep nesting
/// is a cheap way to exhaust a parser's or a later recursive walk's stack, and no EWP document needs it.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, int maxDepth) : PassThroughXmlReader(inner)
{
    public override bool Read() => Check(Inner.Read());

    public override async Task<bool> ReadAsync() => Check(await Inner.ReadAsync());

    private bool Check(bool read)
    {
        if (read && Inner.NodeType == XmlNodeType.Element && Inner.Depth >= maxDepth)
        {
            throw new XmlException($"The document nests elements deeper than {maxDepth} levels.", null, LineNumber, LinePosition);
        }

        return read;
    }
}
