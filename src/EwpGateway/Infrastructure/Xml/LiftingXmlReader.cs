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
    : PassThroughXmlReader(inner)
{
    private readonly Stack<bool> _open = new();
    private string? _value;

    public override string Value => _value ?? Inner.Value;

    public override bool HasValue => _value is not null || Inner.HasValue;

    public override Task<string> GetValueAsync() => _value is { } value ? Task.FromResult(value) : Inner.GetValueAsync();

    public override bool Read()
    {
        _value = null;
        if (!Inner.Read())
        {
            return false;
        }

        if (Track())
        {
            var buffer = new char[threshold + 1];
            var text = (LiftedText?)null;
            int n;
            var filled = 0;
            while ((n = Inner.ReadValueChunk(buffer, filled, buffer.Length - filled)) > 0)
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
        if (!await Inner.ReadAsync())
        {
            return false;
        }

        if (Track())
        {
            var buffer = new char[threshold + 1];
            var text = (LiftedText?)null;
            int n;
            var filled = 0;
            while ((n = await Inner.ReadValueChunkAsync(buffer, filled, buffer.Length - filled)) > 0)
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
        switch (Inner.NodeType)
        {
            case XmlNodeType.Element when !Inner.IsEmptyElement:
                _open.Push(elements.Contains((Inner.LocalName, Inner.NamespaceURI)));
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
