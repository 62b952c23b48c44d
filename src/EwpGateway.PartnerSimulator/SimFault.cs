namespace EwpGateway.PartnerSimulator;

/// <summary>A fault switched on for a partner (see <see cref="PartnerFaults.Add"/>).</summary>
/// <param name="Kind">What the fault does.</param>
public sealed record SimFault(SimFaultKind Kind)
{
    /// <summary>Gets the delay of <see cref="SimFaultKind.Latency"/> or the skew of <see cref="SimFaultKind.SkewedDate"/> (negative = behind). Default zero (for a skew: 10 minutes).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Gets how many requests the fault hits (a burst); then it stops. Default <see cref="int.MaxValue"/>.</summary>
    public int Count { get; init; } = int.MaxValue;

    /// <summary>Gets the share of requests the fault hits, drawn from the seeded random source. Default 1 (all).</summary>
    public double Probability { get; init; } = 1;

    /// <summary>Gets the status of <see cref="SimFaultKind.ServerError"/>. Default 503.</summary>
    public int StatusCode { get; init; } = 503;
}
