namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>One request in flight: what arrived, the faults drawn for it, and the connection's cancellation.</summary>
/// <param name="Request">The request.</param>
/// <param name="Faults">The faults that hit it.</param>
/// <param name="At">When it arrived.</param>
/// <param name="Aborted">Cancelled when the client goes away.</param>
internal sealed record Exchange(SimRequest Request, IReadOnlyList<SimFault> Faults, DateTimeOffset At, CancellationToken Aborted);
