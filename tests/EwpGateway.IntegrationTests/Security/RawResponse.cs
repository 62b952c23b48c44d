using System.Globalization;
using System.Text;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>An HTTP/1.1 answer read off a socket: status, headers (repeated ones joined by <c>", "</c>), decoded body.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static RawResponse Parse(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"No HTTP answer was received ({data.Length} bytes).");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }

        var body = data.AsSpan(end + 4);
        var bytes = headers.TryGetValue("Transfer-Encoding", out var coding) && coding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            ? Dechunk(body)
            : body.ToArray();
        return new RawResponse(status, headers, Encoding.UTF8.GetString(bytes));
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> body)
    {
        var result = new MemoryStream();
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var size = int.Parse(Encoding.ASCII.GetString(body[..lineEnd]).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            result.Write(body.Slice(lineEnd + 2, size));
            body = body[(lineEnd + 2 + size + 2)..];
        }

        return result.ToArray();
    }
}
