using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// The large texts one <see cref="LiftingXmlReader"/> kept out of memory (a partner document with a PDF in base64),
/// by the marker the parsed document holds instead of each. Owns their temporary files: dispose it when the document
/// is done with.
/// </summary>
internal sealed class LiftedTexts : IDisposable
{
    private static readonly XmlWriterSettings TextWriterSettings = new()
    {
        OmitXmlDeclaration = true,
        ConformanceLevel = ConformanceLevel.Fragment,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    private readonly string _prefix = "urn:ewp-gateway:lifted-text:" + Guid.NewGuid().ToString("N") + ":";
    private readonly Dictionary<string, LiftedText> _texts = new(StringComparer.Ordinal);

    /// <summary>What every marker of this instance starts with (followed by a number).</summary>
    public string MarkerPrefix => _prefix;

    /// <summary>How many texts were lifted.</summary>
    public int Count => _texts.Count;

    /// <summary>The lifted text a parsed value stands for, if it is a marker.</summary>
    public LiftedText? Find(string? value) =>
        value is not null && value.StartsWith(_prefix, StringComparison.Ordinal) && _texts.TryGetValue(value, out var text) ? text : null;

    /// <summary>A new lifted text, to be filled by the reader.</summary>
    public LiftedText Add()
    {
        var text = new LiftedText(_prefix + _texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _texts.Add(text.Marker, text);
        return text;
    }

    /// <summary>
    /// The UTF-8 bytes of <c>element.ToString(SaveOptions.DisableFormatting)</c> with every marker replaced by its text
    /// as an XML writer escapes it: what the element would serialise to had its texts not been lifted. Built in one
    /// array of the exact size (a first pass counts), without the whole text ever being a string.
    /// </summary>
    public byte[] Serialize(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var serialized = element.ToString(SaveOptions.DisableFormatting);
        if (_texts.Count == 0 || !serialized.Contains(_prefix, StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetBytes(serialized);
        }

        var parts = Split(serialized);
        using var counter = new CountingStream();
        Write(parts, counter);
        var bytes = new byte[counter.Length];
        using var output = new MemoryStream(bytes, writable: true);
        Write(parts, output);
        return output.Position == bytes.Length ? bytes : throw new InvalidOperationException("A lifted text changed between two reads.");
    }

    /// <summary>
    /// Writes what <see cref="Serialize(XElement)"/> returns to <paramref name="output"/> (e.g. a temporary file), a
    /// chunk at a time, without it ever being one array.
    /// </summary>
    public void Serialize(XElement element, Stream output)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(output);
        var serialized = element.ToString(SaveOptions.DisableFormatting);
        Write(_texts.Count == 0 ? [(serialized, null)] : Split(serialized), output);
    }

    /// <summary>Whether the serialisation of <paramref name="element"/> holds a lifted text.</summary>
    public bool HasLifted(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return _texts.Count > 0 && element.DescendantNodes().OfType<XText>().Any(t => Find(t.Value) is not null);
    }

    public void Dispose()
    {
        foreach (var text in _texts.Values)
        {
            text.Dispose();
        }

        _texts.Clear();
    }

    private static void Write(List<(string? Literal, LiftedText? Text)> parts, Stream output)
    {
        foreach (var (literal, text) in parts)
        {
            if (literal is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(literal);
                output.Write(bytes);
                continue;
            }

            using var writer = XmlWriter.Create(output, TextWriterSettings);
            var chars = new char[32 * 1024];
            text!.ReadChunks(chunk =>
            {
                for (var at = 0; at < chunk.Length; at += chars.Length)
                {
                    var part = chunk[at..Math.Min(chunk.Length, at + chars.Length)];
                    part.CopyTo(chars);
                    writer.WriteChars(chars, 0, part.Length);
                }
            });
            writer.Flush();
        }
    }

    private List<(string? Literal, LiftedText? Text)> Split(string serialized)
    {
        var parts = new List<(string?, LiftedText?)>();
        var at = 0;
        while (at < serialized.Length)
        {
            var found = serialized.IndexOf(_prefix, at, StringComparison.Ordinal);
            var end = found < 0 ? -1 : found + _prefix.Length;
            while (end >= 0 && end < serialized.Length && char.IsAsciiDigit(serialized[end]))
            {
                end++;
            }

            var text = end < 0 ? null : Find(serialized[found..end]);
            if (text is null)
            {
                parts.Add((serialized[at..], null));
                break;
            }

            parts.Add((serialized[at..found], null));
            parts.Add((null, text));
            at = end;
        }

        return parts;
    }

    /// <summary>Counts what is written to it, keeping nothing.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
