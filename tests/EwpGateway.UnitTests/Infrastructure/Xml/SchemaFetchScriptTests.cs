using System.Diagnostics;
using EwpGateway.Infrastructure.Xml;
using EwpGateway.UnitTests.HttpSignatures;

namespace EwpGateway.UnitTests.Infrastructure.Xml;

/// <summary>
/// schemas/fetch.sh, run on a copy of the repository's schemas folder with a specs folder made from the verified
/// schemas: it materialises every locked file, and refuses a tampered or missing one without touching the target.
/// </summary>
public sealed class SchemaFetchScriptTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("ewp-fetch-").FullName;
    private readonly string _schemas;
    private readonly string _specs;

    public SchemaFetchScriptTests()
    {
        _schemas = Path.Combine(_work, "schemas");
        _specs = Path.Combine(_work, "specs");
        Directory.CreateDirectory(_schemas);
        var repository = Path.GetFullPath(Path.Combine(SourceRoot.HttpSignaturesTests, "..", "..", ".."));
        File.Copy(Path.Combine(repository, "schemas", "fetch.sh"), Path.Combine(_schemas, "fetch.sh"));
        File.Copy(Path.Combine(repository, "schemas", "ewp.lock"), Path.Combine(_schemas, "ewp.lock"));
        SchemaIntegrityTests.CopyDirectory(Path.Combine(EwpSchemas.DefaultRoot, "ewp"), _specs);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Fetch_IntactSpecs_EveryLockedFileMaterialisedAndVerified()
    {
        var (exit, output) = await RunAsync();

        Assert.True(exit == 0, output);
        var locked = File.ReadLines(Path.Combine(_schemas, "ewp.lock")).Count(l => l.StartsWith("file ", StringComparison.Ordinal));
        Assert.Equal(locked, Directory.EnumerateFiles(Path.Combine(_schemas, "ewp"), "*.xsd", SearchOption.AllDirectories).Count());
        Assert.Contains($"{locked} schema file(s) materialised", output, StringComparison.Ordinal);
        new EwpSchemas(_schemas).EnsureVerified();
    }

    [Fact]
    public async Task Fetch_TamperedSchema_FailsNamingItAndWritesNothing()
    {
        File.AppendAllText(Path.Combine(_specs, "ewp-specs-architecture", "common-types.xsd"), "<!-- changed -->");

        var (exit, output) = await RunAsync();

        Assert.Equal(1, exit);
        Assert.Contains("checksum mismatch for schema ewp-specs-architecture/common-types.xsd", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_schemas, "ewp"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Fetch_MissingSchema_FailsNamingIt()
    {
        File.Delete(Path.Combine(_specs, "ewp-specs-api-echo", "response.xsd"));

        var (exit, output) = await RunAsync();

        Assert.Equal(1, exit);
        Assert.Contains("schema ewp-specs-api-echo/response.xsd is missing", output, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output)> RunAsync()
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(_schemas, "fetch.sh"));
        info.Environment["EWP_SPECS_DIR"] = _specs;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
