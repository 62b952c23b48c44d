namespace EwpGateway.Features.Sync;

/// <summary>This gateway process's name on the leases it takes (inbox rows, sync states): unique per process start.</summary>
internal sealed class SyncInstance
{
    /// <summary>Machine, process id and a random part, at most 100 characters (the lease column's length).</summary>
    public string Owner { get; } = Trim($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    private static string Trim(string value) => value.Length <= 100 ? value : value[^100..];
}
