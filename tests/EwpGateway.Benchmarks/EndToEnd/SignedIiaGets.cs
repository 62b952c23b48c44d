using System.Net;
using System.Security.Cryptography;
using EwpGateway.Benchmarks.Hosting;

namespace EwpGateway.Benchmarks.EndToEnd;

/// <summary>
/// The partner's side of a signed IIAs <c>get</c>: requests signed in advance (so that the client's own RSA signatures
/// do not compete with the server for the cores during a measurement), and every response checked as a real partner
/// checks it: status 200, the gateway's signature, the body digest, the echoed request id and the number of IIAs.
/// </summary>
internal sealed class SignedIiaGets(Uri baseUrl, SignedResponseCheck check)
{
    /// <summary>Size of the last response body, in bytes.</summary>
    public int LastResponseBytes { get; private set; }

    /// <summary>Signs <paramref name="count"/> requests, each for <paramref name="idsPerRequest"/> distinct ids.</summary>
    public async Task<HttpRequestMessage[]> PresignAsync(IReadOnlyList<string> ids, int idsPerRequest, int count, CancellationToken ct)
    {
        var requests = new HttpRequestMessage[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForAsync(0, count, parallel, async (i, token) =>
        {
            var query = string.Join('&', Enumerable.Range(0, idsPerRequest)
                .Select(k => "iia_id=" + Uri.EscapeDataString(ids[((i * idsPerRequest) + k) % ids.Count])));
            requests[i] = await check.SignedGetAsync(new Uri(baseUrl, "ewp/iias/get?" + query), token);
        });
        return requests;
    }

    /// <summary>Sends one request and checks the response; false when anything is wrong.</summary>
    public async Task<bool> SendAsync(HttpClient http, HttpRequestMessage request, int expectedIias, CancellationToken ct)
    {
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        LastResponseBytes = body.Length;
        return response.StatusCode == HttpStatusCode.OK
            && await check.IsValidAsync(request, response, SHA256.HashData(body), ct)
            && CountIias(body) == expectedIias;
    }

    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        MaxConnectionsPerServer = 256,
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>The <c>iia</c> start tags (<c>&lt;iia&gt;</c>, or with attributes such as namespace declarations).</summary>
    private static int CountIias(ReadOnlySpan<byte> body)
    {
        var count = 0;
        int at;
        while ((at = body.IndexOf("<iia"u8)) >= 0)
        {
            body = body[(at + 4)..];
            if (!body.IsEmpty && body[0] is (byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                count++;
            }
        }

        return count;
    }
}
