using Grpc.Core;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>A request with invalid fields; the caller gets <see cref="StatusCode.InvalidArgument"/> with the violations.</summary>
internal sealed class RequestValidationException(IReadOnlyList<FieldViolation> violations)
    : Exception("Invalid request: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}
