using Grpc.Core;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// An update at a version that is no longer current; the caller gets <see cref="StatusCode.Aborted"/> with the
/// current version, re-reads and retries.
/// </summary>
internal sealed class VersionConflictException(string resourceType, string id, long expectedVersion, long currentVersion)
    : Exception($"{resourceType} '{id}' is at version {currentVersion}, not {expectedVersion}: read it again and retry."),
        IGrpcStatusException
{
    public long CurrentVersion { get; } = currentVersion;

    public StatusCode StatusCode => StatusCode.Aborted;

    public string Detail => Message;
}
