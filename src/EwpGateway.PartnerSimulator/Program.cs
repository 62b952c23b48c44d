using System.Runtime.InteropServices;
using EwpGateway.PartnerSimulator.Cli;

namespace EwpGateway.PartnerSimulator;

/// <summary>The command's entry point: Ctrl+C (SIGINT) or SIGTERM stops it cleanly.</summary>
internal static class SimulatorProgram
{
    public static async Task<int> Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return await SimulatorCommand.RunAsync(args, Console.Out, Console.Error, stop.Token);
    }
}
