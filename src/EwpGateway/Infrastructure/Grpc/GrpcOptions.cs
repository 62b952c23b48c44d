using System.ComponentModel.DataAnnotations;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>The gRPC API for the institution's mobility system (section <c>Grpc</c>).</summary>
internal sealed class GrpcOptions
{
    public const string SectionName = "Grpc";

    /// <summary>
    /// TCP port of the HTTP/2-only gRPC endpoint; the gRPC services answer on this port only. Default: <c>5081</c>.
    /// </summary>
    [Range(1, 65535, ErrorMessage = "Grpc:Port must be a TCP port between 1 and 65535.")]
    public int Port { get; set; } = 5081;

    /// <summary>
    /// Listen on every network interface instead of 127.0.0.1 only. Default: <c>false</c> (the mobility system
    /// runs on the same host or reaches the port through a proxy).
    /// </summary>
    public bool ListenAnyIp { get; set; }

    /// <summary>
    /// Bearer tokens accepted from callers (<c>Authorization: Bearer &lt;token&gt;</c>); each at least 32 characters.
    /// Several tokens allow rotation without downtime. Default: none, so every authenticated call is refused.
    /// </summary>
    public List<string> Tokens { get; set; } = [];
}
