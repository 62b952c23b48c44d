using System.Text.Json;
using System.Text.Json.Nodes;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>
/// Drives Joyent's http-signature (an independent draft-cavage implementation) through CrossCheck/httpsig-crosscheck.js.
/// Installs the locked npm packages once when node_modules is missing; node and npm must be on PATH.
/// </summary>
public sealed class HttpSignatureNodeFixture : IAsyncLifetime
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    public static string Directory { get; } = Path.Combine(SourceRoot.HttpSignaturesTests, "CrossCheck");

    public async ValueTask InitializeAsync()
    {
        if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "http-signature")))
        {
            return;
        }

        var result = await ExternalTool.RunAsync(
            "npm", ["ci", "--no-audit", "--no-fund"], Directory, null, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {Directory} ({result.ExitCode}): {result.StandardError}");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public async Task<JsonObject> RunAsync(string mode, object input, CancellationToken cancellationToken)
    {
        var result = await ExternalTool.RunAsync(
            "node", ["httpsig-crosscheck.js", mode], Directory, JsonSerializer.Serialize(input), RunTimeout, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"node httpsig-crosscheck.js {mode} failed ({result.ExitCode}): {result.StandardError}");
        }

        return JsonNode.Parse(result.StandardOutput)!.AsObject();
    }
}
