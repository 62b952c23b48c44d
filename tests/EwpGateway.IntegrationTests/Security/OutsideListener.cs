using System.Net;
using System.Net.Sockets;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// A TCP port on 127.0.0.1 that external entities, XIncludes and schema locations in hostile XML point at: any
/// connection to it means the gateway resolved something it must never resolve.
/// </summary>
internal sealed class OutsideListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _connections;

    public OutsideListener()
    {
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/secret.xml";
        _ = AcceptAsync();
    }

    public string Url { get; }

    public int Connections => Volatile.Read(ref _connections);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }
}
