using System.Collections.Concurrent;
using EwpGateway.Infrastructure.Persistence;
using Grpc.Core;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>What the soak's load did, for the invariants: notifications the gateway acknowledged, our writes that
/// queue a CNR, the objects we created, and every gRPC call that failed.</summary>
internal sealed class SoakLedger
{
    private readonly ConcurrentDictionary<(InboxKind Kind, string Sender, string ObjectId), int> _accepted = new();
    private readonly ConcurrentDictionary<(InboxKind Kind, string Sender, string ObjectId), int> _refused = new();
    private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _agreements = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _nominations = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Call, StatusCode Status, string Message)> _grpcFailures = new();

    /// <summary>Per (kind, notifier, object): how many notifications the gateway answered 200.</summary>
    public IReadOnlyDictionary<(InboxKind Kind, string Sender, string ObjectId), int> Accepted => _accepted;

    /// <summary>Per outbox key (partner, kind, object): how many of our committed writes queued a CNR for it.</summary>
    public IReadOnlyDictionary<string, int> Writes => _writes;

    /// <summary>Per (kind, notifier, object): how many notifications got another answer (or none); the sender would retry them.</summary>
    public IReadOnlyDictionary<(InboxKind Kind, string Sender, string ObjectId), int> Refused => _refused;

    public IReadOnlyCollection<(string Call, StatusCode Status, string Message)> GrpcFailures => _grpcFailures;

    public void Accept(InboxKind kind, string sender, string objectId) => _accepted.AddOrUpdate((kind, sender, objectId), 1, (_, n) => n + 1);

    public void Refuse(InboxKind kind, string sender, string objectId) => _refused.AddOrUpdate((kind, sender, objectId), 1, (_, n) => n + 1);

    public void Wrote(string partner, OutboxKind kind, string objectId) =>
        _writes.AddOrUpdate(CnrReceipt.OutboxKey(partner, kind, objectId), 1, (_, n) => n + 1);

    public void GrpcFailed(string call, RpcException ex) => _grpcFailures.Enqueue((call, ex.StatusCode, ex.Status.Detail));

    private readonly ConcurrentQueue<(string Call, TimeSpan Took)> _grpcTimes = new();

    public IReadOnlyCollection<(string Call, TimeSpan Took)> GrpcTimes => _grpcTimes;

    public void GrpcTook(string call, TimeSpan took) => _grpcTimes.Enqueue((call, took));

    public void AddAgreement(string partner, string id) => _agreements.GetOrAdd(partner, _ => new()).Enqueue(id);

    public void AddNomination(string partner, string id) => _nominations.GetOrAdd(partner, _ => new()).Enqueue(id);

    public IReadOnlyList<string> AgreementsWith(string partner) => [.. _agreements.GetValueOrDefault(partner) ?? new()];

    public IReadOnlyList<string> NominationsTo(string partner) => [.. _nominations.GetValueOrDefault(partner) ?? new()];
}
