using System.Globalization;

namespace EwpGateway.PartnerSimulator.Cli;

/// <summary>The command line of the simulator, parsed; every problem is reported by name.</summary>
internal sealed record SimulatorArguments
{
    public const string Usage =
        "usage: EwpGateway.PartnerSimulator --registry-out FILE [--partners N] [--gateway-url URL] [--gateway-hei HEI]\n" +
        "       [--gateway-client-key PEM] [--gateway-server-key PEM] [--base-port PORT] [--seed N] [--fault HEI:ENDPOINT:KIND ...]\n" +
        "  ENDPOINT: * or one of " + "Manifest, Echo, Institutions, IiasGet, IiasIndex, IiasApproval, OmobilitiesGet, OmobilitiesIndex,\n" +
        "            OmobilitiesUpdate, TorsGet, TorsIndex, IiaCnr, IiaApprovalCnr, OmobilityCnr, TorCnr\n" +
        "  KIND: a SimFaultKind (Latency, ServerError, ConnectionReset, MalformedXml, SchemaViolation, MissingRequiredElement,\n" +
        "        WrongSignature, MissingSignature, WrongDigest, SkewedDate) or V6Only / UnlistedSigningKey";

    public int Partners { get; init; } = 3;

    public string? RegistryOut { get; init; }

    public Uri GatewayUrl { get; init; } = new("http://127.0.0.1:5080");

    public string GatewayHei { get; init; } = "inp-toulouse.fr";

    public string GatewayClientKey { get; init; } = Path.Combine("certs-sample", "client-key.pem");

    public string GatewayServerKey { get; init; } = Path.Combine("certs-sample", "server-key.pem");

    public int? BasePort { get; init; }

    public int Seed { get; init; } = 1;

    public IReadOnlyList<(string HeiId, SimEndpoint? Endpoint, string Kind)> Faults { get; init; } = [];

    public static (SimulatorArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        var result = new SimulatorArguments();
        var faults = new List<(string, SimEndpoint?, string)>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                return (null, name.StartsWith("--", StringComparison.Ordinal) ? $"{name} needs a value." : $"Unexpected argument '{name}'.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--partners" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 99:
                    result = result with { Partners = n };
                    break;
                case "--registry-out":
                    result = result with { RegistryOut = value };
                    break;
                case "--gateway-url" when Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https":
                    result = result with { GatewayUrl = url };
                    break;
                case "--gateway-hei" when value.Length > 0:
                    result = result with { GatewayHei = value };
                    break;
                case "--gateway-client-key":
                    result = result with { GatewayClientKey = value };
                    break;
                case "--gateway-server-key":
                    result = result with { GatewayServerKey = value };
                    break;
                case "--base-port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65000:
                    result = result with { BasePort = port };
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed):
                    result = result with { Seed = seed };
                    break;
                case "--fault":
                    if (ParseFault(value) is not { } fault)
                    {
                        return (null, $"--fault '{value}' is not HEI:ENDPOINT:KIND with a known endpoint (or *) and fault kind.");
                    }

                    faults.Add(fault);
                    break;
                case "--partners" or "--gateway-url" or "--gateway-hei" or "--base-port" or "--seed":
                    return (null, $"{name} has an invalid value '{value}'.");
                default:
                    return (null, $"Unknown argument '{name}'.");
            }
        }

        return result.RegistryOut is null
            ? (null, "--registry-out is required.")
            : (result with { Faults = faults }, null);
    }

    private static (string, SimEndpoint?, string)? ParseFault(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3 || parts[0].Length == 0)
        {
            return null;
        }

        SimEndpoint? endpoint = null;
        if (parts[1] != "*")
        {
            if (!Enum.TryParse<SimEndpoint>(parts[1], ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return null;
            }

            endpoint = parsed;
        }

        var kind = parts[2];
        var known = kind.Equals("V6Only", StringComparison.OrdinalIgnoreCase)
            || kind.Equals("UnlistedSigningKey", StringComparison.OrdinalIgnoreCase)
            || (Enum.TryParse<SimFaultKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k));
        return known ? (parts[0], endpoint, kind) : null;
    }
}
