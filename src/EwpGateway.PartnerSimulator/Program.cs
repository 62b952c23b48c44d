using EwpGateway.PartnerSimulator.Cli;

namespace EwpGateway.PartnerSimulator;

/// <summary>The command's entry point: Ctrl+C stops it cleanly.</summary>
internal static class SimulatorProgram
{
    public static async Task<int> Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return await SimulatorCommand.RunAsync(args, Console.Out, Console.Error, stop.Token);
    }
}
