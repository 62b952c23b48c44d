using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using EwpGateway.Benchmarks.Hosting;
using Microsoft.Data.Sqlite;

namespace EwpGateway.Benchmarks.Transcripts;

/// <summary>
/// The gateway serves a transcript to the partner (signed IMobility ToRs <c>get</c>, signed response): the sample
/// transcript of the partner's student, whose PDF attachment is swapped for one of the wanted size.
/// </summary>
internal static class TranscriptServing
{
    private const string OmobilityId = "im-validator1-1";

    public static async Task<TranscriptResult> RunAsync(long pdfBytes, CancellationToken ct)
    {
        using var folder = new BenchFolder();
        using var gatewayClient = new BenchKey();
        using var gatewayServer = new BenchKey();
        using var partnerClient = new BenchKey();
        var catalogue = BenchCatalogue.Write(folder.Path, gatewayClient, gatewayServer, partnerClient);
        await using var server = await GatewayServer.StartAsync(
            folder.Path,
            FreePort.Next(),
            catalogue,
            gatewayClient.WritePem(folder.Path, "client.pem"),
            gatewayServer.WritePem(folder.Path, "server.pem"),
            ["--Ewp:SampleData=true", "--Ewp:Sync:Enabled=false", "--Ewp:Outbox:Enabled=false"],
            ct);
        var check = new SignedResponseCheck(partnerClient.Rsa, gatewayServer.Rsa);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var url = new Uri(server.BaseUrl, $"ewp/imobility-tors/get?receiving_hei_id={BenchCatalogue.GatewayHeiId}&omobility_id={OmobilityId}");

        // Once with the sample's small PDF: the code paths are compiled and the pools warm before the measurement.
        await GetAsync(http, check, url, ct);
        await ReplaceAttachmentAsync(Path.Combine(folder.Path, "gateway.db"), FakePdf.Of(pdfBytes), ct);

        var memory = await MemoryFigures.WatchAsync(server, ct);
        var clock = Stopwatch.StartNew();
        var xmlBytes = await GetAsync(http, check, url, ct);
        var elapsed = clock.Elapsed;
        if (xmlBytes < pdfBytes)
        {
            throw new InvalidOperationException($"The transcript served has {xmlBytes} bytes, less than its {pdfBytes} byte PDF.");
        }

        return new TranscriptResult("served", pdfBytes, xmlBytes, elapsed, await memory(ct));
    }

    /// <summary>Gets the transcript, streaming the body through a hash; returns its size.</summary>
    private static async Task<long> GetAsync(HttpClient http, SignedResponseCheck check, Uri url, CancellationToken ct)
    {
        using var request = await check.SignedGetAsync(url, ct);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            total += read;
        }

        if (response.StatusCode != HttpStatusCode.OK || !await check.IsValidAsync(request, response, hash.GetHashAndReset(), ct))
        {
            throw new InvalidOperationException($"The transcript get answered {(int)response.StatusCode} or was not validly signed.");
        }

        return total;
    }

    private static async Task ReplaceAttachmentAsync(string database, byte[] pdf, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE TranscriptAttachments SET Content = $content
            WHERE TranscriptId IN (SELECT Id FROM Transcripts WHERE OmobilityId = $omobility)
            """;
        command.Parameters.AddWithValue("$content", pdf);
        command.Parameters.AddWithValue("$omobility", OmobilityId);
        if (await command.ExecuteNonQueryAsync(ct) != 1)
        {
            throw new InvalidOperationException($"The sample transcript of {OmobilityId} has not exactly one attachment.");
        }
    }
}
