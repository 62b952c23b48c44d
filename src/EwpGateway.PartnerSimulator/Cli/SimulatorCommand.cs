using System.Globalization;
using System.Security.Cryptography;

namespace EwpGateway.PartnerSimulator.Cli;

/// <summary>
/// The <c>EwpGateway.PartnerSimulator</c> command: starts the partners, writes the catalogue, prints the partners and
/// runs until cancelled. Exit codes: 0 after a clean stop, 2 for bad arguments or unreadable key files.
/// </summary>
internal static class SimulatorCommand
{
    public const int BadArguments = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (arguments, problem) = SimulatorArguments.Parse(args);
        if (arguments is null)
        {
            await error.WriteLineAsync(problem.AsMemory(), cancellationToken);
            await error.WriteLineAsync(SimulatorArguments.Usage.AsMemory(), cancellationToken);
            return BadArguments;
        }

        var options = new SimulatorOptions
        {
            PartnerCount = arguments.Partners,
            GatewayBaseUrl = arguments.GatewayUrl,
            GatewayHeiId = arguments.GatewayHei,
            BasePort = arguments.BasePort,
            Seed = arguments.Seed,
        };
        foreach (var (path, keys) in new[] { (arguments.GatewayClientKey, options.GatewayClientKeys), (arguments.GatewayServerKey, options.GatewayServerKeys) })
        {
            var (key, keyProblem) = LoadPublicKey(path);
            if (key is null)
            {
                await error.WriteLineAsync(keyProblem.AsMemory(), cancellationToken);
                return BadArguments;
            }

            keys.Add(key);
        }

        await using var network = SimulatedNetwork.Start(options);
        foreach (var (heiId, endpoint, kind) in arguments.Faults)
        {
            var partner = network.Partners.FirstOrDefault(p => p.HeiId == heiId);
            if (partner is null)
            {
                await error.WriteLineAsync($"--fault names '{heiId}', which is not a simulated partner ({string.Join(", ", network.Partners.Select(p => p.HeiId))}).".AsMemory(), cancellationToken);
                return BadArguments;
            }

            Apply(partner, endpoint, kind);
        }

        await network.WriteCatalogueAsync(arguments.RegistryOut!, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"HEI",-52} BASE URL").AsMemory(), cancellationToken);
        foreach (var partner in network.Partners)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{partner.HeiId,-52} {partner.BaseUrl}").AsMemory(), cancellationToken);
        }

        await output.WriteLineAsync($"catalogue: {Path.GetFullPath(arguments.RegistryOut!)} (served at {network.CatalogueUrl})".AsMemory(), cancellationToken);
        await output.WriteLineAsync("Press Ctrl+C to stop.".AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: a clean stop.
        }

        return 0;
    }

    private static void Apply(SimulatedPartner partner, SimEndpoint? endpoint, string kind)
    {
        if (kind.Equals("V6Only", StringComparison.OrdinalIgnoreCase))
        {
            partner.Faults.V6Only = true;
        }
        else if (kind.Equals("UnlistedSigningKey", StringComparison.OrdinalIgnoreCase))
        {
            partner.Faults.UnlistedSigningKey = true;
        }
        else
        {
            var fault = Enum.Parse<SimFaultKind>(kind, ignoreCase: true);
            partner.Faults.Add(new SimFault(fault) { Delay = fault == SimFaultKind.Latency ? TimeSpan.FromSeconds(5) : TimeSpan.Zero }, endpoint);
        }
    }

    private static (RSA? Key, string? Problem) LoadPublicKey(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            return (null, $"Key file not found: {full} (pass --gateway-client-key / --gateway-server-key, or run from the repository root).");
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(full));
            return (rsa, null);
        }
        catch (ArgumentException ex)
        {
            rsa.Dispose();
            return (null, $"Key file {full} is not a PEM RSA key: {ex.Message}");
        }
    }
}
