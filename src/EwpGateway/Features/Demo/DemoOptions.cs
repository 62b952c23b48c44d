using System.Globalization;

namespace EwpGateway.Features.Demo;

/// <summary>The arguments of <c>dotnet run --project src/EwpGateway -- demo [--port N] [--grpc-port N] [--partners N] [--data DIR]</c>.</summary>
internal sealed record DemoOptions(int Port, int GrpcPort, int Partners, string DataFolder)
{
    public const int MaxPartners = 10;

    /// <summary>Parses the arguments after <c>demo</c>; returns an error message naming the problem instead of throwing.</summary>
    public static (DemoOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new DemoOptions(5080, 5081, MaxPartners, Path.Combine("data", "demo"));
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                return (null, $"'{name}' needs a value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--port" when Number(value, 1, 65535) is { } port:
                    options = options with { Port = port };
                    break;
                case "--grpc-port" when Number(value, 1, 65535) is { } port:
                    options = options with { GrpcPort = port };
                    break;
                case "--partners" when Number(value, 2, MaxPartners) is { } count:
                    options = options with { Partners = count };
                    break;
                case "--data" when value.Length > 0:
                    options = options with { DataFolder = value };
                    break;
                case "--port" or "--grpc-port":
                    return (null, $"{name} must be a port number (1-65535), not '{value}'.");
                case "--partners":
                    return (null, $"--partners must be between 2 and {MaxPartners}, not '{value}'.");
                default:
                    return (null, $"Unknown demo option '{name}'. Options: --port, --grpc-port, --partners, --data.");
            }
        }

        return options.Port == options.GrpcPort ? (null, "--port and --grpc-port must differ.") : (options, null);
    }

    private static int? Number(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}
