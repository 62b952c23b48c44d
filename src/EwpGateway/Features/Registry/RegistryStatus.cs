namespace EwpGateway.Features.Registry;

/// <summary>How fresh the registry catalogue in use is (shown by the <c>registry</c> health check).</summary>
/// <param name="Source">Where the catalogue in use came from (the registry URL/path, or the disk cache path).</param>
/// <param name="LoadedAt">When the catalogue in use was loaded.</param>
/// <param name="LastAttempt">When the registry was last asked.</param>
/// <param name="LastSuccess">When the registry last answered with a usable catalogue (or 304).</param>
/// <param name="LastError">The last failure, when the last attempt failed.</param>
/// <param name="ConsecutiveFailures">Failed attempts since the last success.</param>
/// <param name="HasCatalogue">Whether any catalogue is available.</param>
internal sealed record RegistryStatus(
    string? Source,
    DateTimeOffset? LoadedAt,
    DateTimeOffset? LastAttempt,
    DateTimeOffset? LastSuccess,
    string? LastError,
    int ConsecutiveFailures,
    bool HasCatalogue)
{
    /// <summary>Before the first attempt.</summary>
    public static RegistryStatus Initial { get; } = new(null, null, null, null, null, 0, false);

    /// <summary>Serving a catalogue while the registry cannot be reached or answers nonsense.</summary>
    public bool IsStale => HasCatalogue && ConsecutiveFailures > 0;
}
