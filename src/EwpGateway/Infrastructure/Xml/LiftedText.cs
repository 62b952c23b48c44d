using System.Buffers;
using System.Text;

namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// One large text node read by <see cref="LiftingXmlReader"/>, kept in a temporary file (deleted when disposed) instead
/// of a string: its characters are written once as they are parsed and read back in chunks. Besides, it counts what a
/// base64 <c>data:</c> URI decoder needs to size its output exactly: the characters after the first comma that are not
/// white space, and the <c>=</c> padding at their end.
/// </summary>
internal sealed class LiftedText : IDisposable
{
    private const int HeadLength = 1024;
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly FileStream _file;
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private readonly StringBuilder _head = new();
    private bool _afterComma;
    private int _trailingPadding;

    public LiftedText(string marker)
    {
        Marker = marker;
        _file = TemporaryFile.Create("ewp-lifted-");
    }

    /// <summary>What the reader showed in place of the text: unique, so that it can be found in a serialisation.</summary>
    public string Marker { get; }

    /// <summary>Characters of the text.</summary>
    public long Length { get; private set; }

    /// <summary>The first characters of the text (up to 1024).</summary>
    public string Head => _head.ToString();

    /// <summary>Characters after the first comma that are not XML white space (the base64 of a <c>data:</c> URI).</summary>
    public long PayloadCharacters { get; private set; }

    /// <summary>Bytes the payload decodes to, when it is well-formed base64 (checked while decoding).</summary>
    public long DecodedLength => (PayloadCharacters / 4 * 3) - _trailingPadding;

    private bool HasBase64Length => PayloadCharacters % 4 == 0 && DecodedLength >= 0;

    /// <summary>Appends parsed characters (the reader calls this in order).</summary>
    public void Append(ReadOnlySpan<char> chars)
    {
        if (_head.Length < HeadLength)
        {
            _head.Append(chars[..Math.Min(chars.Length, HeadLength - _head.Length)]);
        }

        foreach (var c in chars)
        {
            if (!_afterComma)
            {
                _afterComma = c == ',';
            }
            else if (!IsWhiteSpace(c))
            {
                PayloadCharacters++;
                _trailingPadding = c == '=' ? Math.Min(_trailingPadding + 1, 3) : 0;
            }
        }

        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(chars.Length));
        try
        {
            var n = _encoder.GetBytes(chars, bytes, flush: false);
            _file.Write(bytes, 0, n);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        Length += chars.Length;
    }

    /// <summary>Ends the writing; the text can then be read back any number of times.</summary>
    public void Complete()
    {
        var tail = new byte[16];
        var n = _encoder.GetBytes([], tail, flush: true);
        _file.Write(tail, 0, n);
        _file.Flush();
    }

    /// <summary>Calls <paramref name="chunk"/> with the text's characters in order, a chunk at a time.</summary>
    public void ReadChunks(Action<ReadOnlySpan<char>> chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        _file.Position = 0;
        using var reader = new StreamReader(_file, Utf8, detectEncodingFromByteOrderMarks: false, 64 * 1024, leaveOpen: true);
        var buffer = ArrayPool<char>.Shared.Rent(32 * 1024);
        try
        {
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                chunk(buffer.AsSpan(0, n));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The whole text as a string (for the rare text that is kept as such, e.g. an undecodable data URI).</summary>
    public string ReadAll()
    {
        var text = new StringBuilder((int)Math.Min(Length, int.MaxValue));
        ReadChunks(c => text.Append(c));
        return text.ToString();
    }

    /// <summary>
    /// Decodes the base64 after the first comma into a new array of exactly <see cref="DecodedLength"/> bytes,
    /// skipping white space; null when it is not well-formed base64.
    /// </summary>
    public byte[]? DecodeBase64Payload()
    {
        if (!HasBase64Length || DecodedLength > Array.MaxLength)
        {
            return null;
        }

        var output = new byte[DecodedLength];
        using var stream = new MemoryStream(output, writable: true);
        return DecodeBase64PayloadTo(stream) ? output : null;
    }

    /// <summary>
    /// Decodes the base64 after the first comma to <paramref name="output"/> (a temporary file, a database blob),
    /// skipping white space, a few kilobytes at a time.
    /// </summary>
    /// <returns>Whether it was well-formed base64 of <see cref="DecodedLength"/> bytes; when not, what was written is to
    /// be discarded.</returns>
    public bool DecodeBase64PayloadTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!HasBase64Length)
        {
            return false;
        }

        var written = 0L;
        var quad = new char[4 * 1024];
        var bytes = new byte[quad.Length / 4 * 3];
        var pending = 0;
        var afterComma = false;
        var failed = false;
        ReadChunks(chunk =>
        {
            foreach (var c in chunk)
            {
                if (failed)
                {
                    return;
                }

                if (!afterComma)
                {
                    afterComma = c == ',';
                    continue;
                }

                if (IsWhiteSpace(c))
                {
                    continue;
                }

                quad[pending++] = c;
                if (pending == quad.Length)
                {
                    failed = !Flush(quad.AsSpan(0, pending), bytes, output, ref written);
                    pending = 0;
                }
            }
        });
        if (!failed && pending > 0)
        {
            failed = !Flush(quad.AsSpan(0, pending), bytes, output, ref written);
        }

        return !failed && written == DecodedLength;
    }

    public void Dispose() => _file.Dispose();

    private static bool Flush(ReadOnlySpan<char> chars, byte[] bytes, Stream output, ref long written)
    {
        // A block of whole quadruplets; padding can only end the last one (Convert refuses it elsewhere).
        if (!Convert.TryFromBase64Chars(chars, bytes, out var n))
        {
            return false;
        }

        output.Write(bytes, 0, n);
        written += n;
        return true;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
