using System.Net;
using System.Net.Sockets;

namespace EwpGateway.Benchmarks.Hosting;

/// <summary>
/// A loopback TCP port nobody listens on right now, taken at random below Linux's ephemeral range (32768 and up by
/// default): a port the kernel handed out for "any port" could be handed out again to an outgoing connection (the load
/// driver opens many) before the gateway binds it, which failed a run with "address already in use".
/// </summary>
internal static class FreePort
{
    private const int Lowest = 20_000;
    private const int Highest = 32_000;

    public static int Next()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(Lowest, Highest);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException) when (attempt < 100)
            {
                // Taken: try another.
            }
        }
    }
}
