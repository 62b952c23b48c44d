using System.Security.Cryptography;
using EwpGateway.PartnerSimulator.Cli;

namespace EwpGateway.UnitTests.PartnerSimulator;

/// <summary>The simulator's command line, through its entry method.</summary>
public sealed class SimulatorCommandTests
{
    [Theory]
    [InlineData(new string[0], "--registry-out is required")]
    [InlineData(new[] { "--registry-out", "x.xml", "--partners", "zero" }, "--partners has an invalid value 'zero'")]
    [InlineData(new[] { "--registry-out", "x.xml", "--bogus", "1" }, "Unknown argument '--bogus'")]
    [InlineData(new[] { "--registry-out" }, "--registry-out needs a value")]
    [InlineData(new[] { "--registry-out", "x.xml", "--fault", "utwente.nl:Echo:Explode" }, "--fault 'utwente.nl:Echo:Explode'")]
    public async Task RunAsync_BadArguments_Exit2NamingTheProblem(string[] args, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await SimulatorCommand.RunAsync(args, output, error, ct);

        Assert.Equal(2, code);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingKeyFile_Exit2NamingTheFile()
    {
        var ct = TestContext.Current.CancellationToken;
        using var error = new StringWriter();

        var code = await SimulatorCommand.RunAsync(
            ["--registry-out", "x.xml", "--gateway-client-key", "no-such-key.pem"], TextWriter.Null, error, ct);

        Assert.Equal(2, code);
        Assert.Contains("no-such-key.pem", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ValidArguments_WritesCatalogueAndStopsOnCancel()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("sim-cli-").FullName;
        var key = Path.Combine(folder, "key.pem");
        using (var rsa = RSA.Create(2048))
        {
            await File.WriteAllTextAsync(key, rsa.ExportSubjectPublicKeyInfoPem(), ct);
        }

        var catalogue = Path.Combine(folder, "catalogue.xml");
        using var output = new StringWriter();

        // Synchronized writes lock on the wrapper: reading under the same lock sees whole lines only.
        using var synchronized = TextWriter.Synchronized(output);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var run = SimulatorCommand.RunAsync(
            ["--partners", "2", "--registry-out", catalogue, "--gateway-client-key", key, "--gateway-server-key", key, "--fault", "itg.be:*:V6Only"],
            synchronized, TextWriter.Null, stop.Token);

        // The catalogue is written before the partner table is printed: wait for the last line of the start-up output.
        while (!Printed(synchronized, output, "Press Ctrl+C") && !run.IsCompleted)
        {
            await Task.Delay(50, ct);
        }

        await stop.CancelAsync();
        var code = await run.WaitAsync(TimeSpan.FromSeconds(30), ct);

        Assert.Equal(0, code);
        var xml = await File.ReadAllTextAsync(catalogue, ct);
        Assert.Contains("utwente.nl", xml, StringComparison.Ordinal);
        Assert.Contains("stable-v6/manifest-entry.xsd", xml, StringComparison.Ordinal);
        Assert.Contains("itg.be", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(catalogue, output.ToString(), StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    private static bool Printed(TextWriter synchronized, StringWriter output, string text)
    {
        lock (synchronized)
        {
            return output.ToString().Contains(text, StringComparison.Ordinal);
        }
    }
}
