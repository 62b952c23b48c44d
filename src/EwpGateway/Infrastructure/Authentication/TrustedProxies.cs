using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace EwpGateway.Infrastructure.Authentication;

/// <summary>
/// The peers allowed to forward a client certificate in a header (<see cref="ClientCertificateOptions.TrustedProxies"/>):
/// the header of any other peer is removed before the certificate forwarding middleware reads it.
/// </summary>
internal sealed class TrustedProxies
{
    private readonly IReadOnlyList<IPNetwork> _networks;

    private TrustedProxies(IReadOnlyList<IPNetwork> networks) => _networks = networks;

    /// <summary>Parses the configured entries; none means the loopback addresses (127.0.0.0/8 and ::1).</summary>
    /// <returns><see langword="false"/> with the reason when an entry is neither an address nor a network.</returns>
    public static bool TryParse(IReadOnlyList<string> entries, [NotNullWhen(true)] out TrustedProxies? proxies, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var networks = new List<IPNetwork>();
        foreach (var entry in entries)
        {
            var text = entry.Trim();
            if (IPNetwork.TryParse(text, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(text, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                proxies = null;
                error = $"Ewp:ClientCertificates:TrustedProxies: '{entry}' is neither an IP address nor a network such as 10.0.0.0/24.";
                return false;
            }
        }

        if (networks.Count == 0)
        {
            networks.Add(new IPNetwork(IPAddress.Parse("127.0.0.0"), 8));
            networks.Add(new IPNetwork(IPAddress.IPv6Loopback, 128));
        }

        proxies = new TrustedProxies(networks);
        error = null;
        return true;
    }

    /// <summary>Whether <paramref name="peer"/> (the connection's remote address) is one of the trusted proxies.</summary>
    public bool Contains(IPAddress? peer)
    {
        if (peer is null)
        {
            return false;
        }

        var address = peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer;
        return _networks.Any(n => n.Contains(address));
    }

    /// <summary>Removes <paramref name="headerName"/> from a request that does not come from a trusted proxy, then goes on.</summary>
    public Task StripUntrusted(HttpContext context, string headerName, ILogger logger, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Request.Headers.ContainsKey(headerName) && !Contains(context.Connection.RemoteIpAddress))
        {
            AuthenticationLog.UntrustedForwardedCertificate(logger, context.Connection.RemoteIpAddress?.ToString() ?? "an unknown peer");
            context.Request.Headers.Remove(headerName);
        }

        return next(context);
    }
}
