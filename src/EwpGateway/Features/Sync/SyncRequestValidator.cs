using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;

namespace EwpGateway.Features.Sync;

/// <summary>Checks WatchChanges requests; throws <see cref="RequestValidationException"/>.</summary>
internal static class SyncRequestValidator
{
    public static void Validate(WatchChangesRequest request)
    {
        var violations = new RequestViolations();
        if (request.FromSequence < 0)
        {
            violations.Add("from_sequence", "must be 0 or the last sequence processed");
        }

        for (var i = 0; i < request.Types_.Count; i++)
        {
            if (request.Types_[i] == AggregateType.Unspecified || !Enum.IsDefined(request.Types_[i]))
            {
                violations.Add($"types[{i}]", "must be a known aggregate type");
            }
        }

        violations.ThrowIfAny();
    }
}
