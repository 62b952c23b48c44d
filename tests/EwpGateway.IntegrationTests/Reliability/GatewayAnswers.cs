using System.Collections.Concurrent;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>Every answer the gateway gave to the simulated partners during a test (thread-safe).</summary>
internal sealed class GatewayAnswers
{
    private readonly ConcurrentQueue<GatewayAnswer> _answers = new();

    public void Add(GatewayAnswer answer) => _answers.Enqueue(answer);

    public IReadOnlyList<GatewayAnswer> Snapshot() => [.. _answers];

    /// <summary>A readable summary of the answers that are not 200, for assertion messages.</summary>
    public string DescribeFailures() => string.Join("\n", Snapshot().Where(a => a.Status != 200)
        .GroupBy(a => (a.Path, a.Status, a.Root))
        .Select(g => $"{g.Count()} x {g.Key.Path} -> {g.Key.Status} ({g.Key.Root ?? "no body"})"));
}
