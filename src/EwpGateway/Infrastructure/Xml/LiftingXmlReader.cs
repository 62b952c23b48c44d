using System.Xml;

namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// Passes an <see cref="XmlReader"/> through, except the text of the named elements when it is longer than a threshold:
/// that text is read in chunks into a <see cref="LiftedText"/> (a temporary file) and shown as a short marker, so that
/// a document carrying a PDF in base64 (an ELMO attachment) can be parsed, validated and walked without the megabytes
/// of it ever being one string. The inner reader must support <see cref="XmlReader.ReadValueChunk"/> (a reader made
/// by <see cref="XmlReader.Create(Stream, XmlReaderSettings)"/> does). Only use it for elements whose type accepts
/// any text (e.g. <c>xs:token</c>), since a validator then sees the marker instead.
/// </summary>
internal sealed class LiftingXmlReader(XmlReader inner, LiftedTexts lifted, IReadOnlySet<(string LocalName, string Namespace)> elements, int threshold)
    : XmlReader, IXmlLineInfo
{
    private readonly Stack<bool> _open = new();
    private string? _value;

    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => inner.ReadState;

    public override string Value => _value ?? inner.Value;

    public override bool HasValue => _value is not null || inner.HasValue;

    public override bool IsDefault => inner.IsDefault;

    public override string XmlLang => inner.XmlLang;

    public override XmlSpace XmlSpace => inner.XmlSpace;

    public override XmlReaderSettings? Settings => inner.Settings;

    public int LineNumber => (inner as IXmlLineInfo)?.LineNumber ?? 0;

    public int LinePosition => (inner as IXmlLineInfo)?.LinePosition ?? 0;

    public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    public override Task<string> GetValueAsync() => _value is { } value ? Task.FromResult(value) : inner.GetValueAsync();

    public override bool Read()
    {
        _value = null;
        if (!inner.Read())
        {
            return false;
        }

        if (Track())
        {
            var buffer = new char[threshold + 1];
            var text = (LiftedText?)null;
            int n;
            var filled = 0;
            while ((n = inner.ReadValueChunk(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += n;
                if (filled == buffer.Length)
                {
                    text ??= lifted.Add();
                    text.Append(buffer);
                    filled = 0;
                }
            }

            _value = Finish(text, buffer, filled);
        }

        return true;
    }

    public override async Task<bool> ReadAsync()
    {
        _value = null;
        if (!await inner.ReadAsync())
        {
            return false;
        }

        if (Track())
        {
            var buffer = new char[threshold + 1];
            var text = (LiftedText?)null;
            int n;
            var filled = 0;
            while ((n = await inner.ReadValueChunkAsync(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += n;
                if (filled == buffer.Length)
                {
                    text ??= lifted.Add();
                    text.Append(buffer);
                    filled = 0;
                }
            }

            _value = Finish(text, buffer, filled);
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static string Finish(LiftedText? text, char[] buffer, int filled)
    {
        if (text is null)
        {
            return new string(buffer, 0, filled);
        }

        text.Append(buffer.AsSpan(0, filled));
        text.Complete();
        return text.Marker;
    }

    /// <summary>Keeps the stack of open elements; true when the reader is on a text to lift.</summary>
    private bool Track()
    {
        switch (inner.NodeType)
        {
            case XmlNodeType.Element when !inner.IsEmptyElement:
                _open.Push(elements.Contains((inner.LocalName, inner.NamespaceURI)));
                return false;
            case XmlNodeType.EndElement:
                _open.TryPop(out _);
                return false;
            case XmlNodeType.Text:
                return _open.TryPeek(out var target) && target;
            default:
                return false;
        }
    }
}
