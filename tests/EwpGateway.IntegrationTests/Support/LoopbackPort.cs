using System.Net;
using System.Net.Sockets;

namespace EwpGateway.IntegrationTests.Support;

/// <summary>Free ports on 127.0.0.1 for servers the tests start (gateways, gRPC, PostgreSQL).</summary>
internal static class LoopbackPort
{
    /// <summary>
    /// A free port below the kernel's ephemeral range (32768 and up on Linux). Between finding a port and binding it, a
    /// port of the ephemeral range may become the local port of any outgoing connection on a busy machine (seen with a
    /// demo process that took a minute to bind); ports below it are only ever taken by listeners.
    /// </summary>
    public static int Free()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, port);
                probe.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
