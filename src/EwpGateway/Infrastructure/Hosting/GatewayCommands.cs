using EwpGateway.Features.Iias;
using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Infrastructure.Hosting;

/// <summary>
/// The gateway's one-shot commands (<c>dotnet run --project src/EwpGateway -- COMMAND ...</c>). Without a
/// command the gateway runs as a server.
/// </summary>
internal static class GatewayCommands
{
    /// <summary>Runs the command named by <paramref name="args"/>[0]; returns <see langword="null"/> when there is none.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        return args[0] switch
        {
            IiaHashCommand.Name => await IiaHashCommand.RunAsync(args[1..], Console.Out, Console.Error, cancellation.Token),
            MigrateCommand.Name => await MigrateCommand.RunAsync(args),
            _ => await UnknownAsync(args[0]),
        };
    }

    private static async Task<int> UnknownAsync(string command)
    {
        await Console.Error.WriteLineAsync(
            $"Unknown command '{command}'. Commands: demo, {MigrateCommand.Name}, {IiaHashCommand.Name}. Without a command the gateway starts; settings go as --Key=value.");
        return 2;
    }
}
