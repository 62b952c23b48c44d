using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using EwpGateway.Infrastructure.Persistence;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Sync;

/// <summary>Change-log rows to <see cref="ChangeEvent"/>s; the log names aggregate types by their model class.</summary>
internal static class ChangeEventMapping
{
    public static string ToModel(AggregateType type) => type switch
    {
        AggregateType.Institution => nameof(Model.Institution),
        AggregateType.Agreement => nameof(Model.Agreement),
        AggregateType.Nomination => nameof(Model.Nomination),
        AggregateType.Transcript => nameof(Model.Transcript),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Validated requests name known aggregate types."),
    };

    public static ChangeEvent ToProto(ChangeLogEntry entry) => new()
    {
        Sequence = entry.Sequence,
        Type = entry.AggregateType switch
        {
            nameof(Model.Institution) => AggregateType.Institution,
            nameof(Model.Agreement) => AggregateType.Agreement,
            nameof(Model.Nomination) => AggregateType.Nomination,
            nameof(Model.Transcript) => AggregateType.Transcript,
            _ => AggregateType.Unspecified,
        },
        Id = entry.AggregateId,
        Op = entry.Operation switch
        {
            ChangeOperation.Created => Operation.Created,
            ChangeOperation.Updated => Operation.Updated,
            ChangeOperation.Deleted => Operation.Deleted,
            _ => Operation.Unspecified,
        },
        At = CommonMapping.ToTimestamp(entry.OccurredAt),
        Version = entry.Version,
    };
}
