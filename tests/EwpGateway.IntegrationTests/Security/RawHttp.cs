using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// HTTP/1.1 over a bare socket, for what HttpClient refuses to send: CR or LF inside a header, a header twice, bytes
/// that are not ASCII, a body that never ends. Sends <c>Connection: close</c> and reads the answer until the server
/// closes; a server that stops reading an oversized body is fine (the answer is read all the same).
/// </summary>
internal static class RawHttp
{
    /// <summary>Sends the request line, the headers exactly as given (values are raw bytes), then the body.</summary>
    public static async Task<RawResponse> SendAsync(
        Uri baseAddress,
        string method,
        string target,
        IEnumerable<(string Name, byte[] Value)> headers,
        Func<Stream, CancellationToken, Task>? writeBody,
        CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port, timeout.Token);
        var stream = client.GetStream();
        var head = new MemoryStream();
        head.Write(Encoding.ASCII.GetBytes($"{method} {target} HTTP/1.1\r\n"));
        foreach (var (name, value) in headers)
        {
            head.Write(Encoding.ASCII.GetBytes(name + ": "));
            head.Write(value);
            head.Write("\r\n"u8);
        }

        head.Write("Connection: close\r\n\r\n"u8);
        try
        {
            await stream.WriteAsync(head.ToArray(), timeout.Token);
            if (writeBody is not null)
            {
                await writeBody(stream, timeout.Token);
            }
        }
        catch (IOException)
        {
            // The server answered and closed before taking the whole body: its answer is still to be read.
        }

        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException) when (received.Length > 0)
        {
            // A reset after the answer (the unread body): what arrived is the answer.
        }

        return RawResponse.Parse(received.ToArray());
    }

    /// <summary>The raw header bytes of an ASCII value.</summary>
    public static byte[] Ascii(string value) => Encoding.ASCII.GetBytes(value);

    /// <summary>Writes <paramref name="body"/> with a Content-Length header (the caller adds the header).</summary>
    public static Func<Stream, CancellationToken, Task> Body(byte[] body) => (s, ct) => s.WriteAsync(body, ct).AsTask();

    /// <summary>Writes <paramref name="totalBytes"/> of filler as chunked transfer coding, then the last chunk.</summary>
    public static Func<Stream, CancellationToken, Task> Chunked(long totalBytes, byte filler = (byte)'1') => async (s, ct) =>
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, filler);
        var prefix = Encoding.ASCII.GetBytes(chunk.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n");
        for (long sent = 0; sent < totalBytes; sent += chunk.Length)
        {
            await s.WriteAsync(prefix, ct);
            await s.WriteAsync(chunk, ct);
            await s.WriteAsync("\r\n"u8.ToArray(), ct);
        }

        await s.WriteAsync("0\r\n\r\n"u8.ToArray(), ct);
    };
}
