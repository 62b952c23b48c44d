using EwpGateway.Benchmarks.Hosting;

namespace EwpGateway.Benchmarks.Sync;

/// <summary>One full reconciliation of a partner's agreements.</summary>
/// <param name="Agreements">Agreements the partner lists.</param>
/// <param name="Latency">Latency the partner adds to every answer.</param>
/// <param name="Duration">The reconciliation's duration as the gateway logged it (index, every get, every store).</param>
/// <param name="WallTime">From the re-sync request to the gateway's log line.</param>
/// <param name="Stored">Agreements the gateway stored.</param>
/// <param name="Rejected">Agreements it rejected.</param>
/// <param name="ServerCpu">CPU time the gateway used meanwhile.</param>
/// <param name="Memory">The gateway's memory meanwhile.</param>
internal sealed record SyncResult(
    int Agreements, TimeSpan Latency, TimeSpan Duration, TimeSpan WallTime, int Stored, int Rejected, TimeSpan ServerCpu, MemoryFigures Memory);
