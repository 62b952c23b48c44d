using System.Globalization;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// How hard the reliability suite pushes. The defaults keep it within CI's budget; the environment variables make a
/// longer run by hand (e.g. <c>EWP_RELIABILITY_SOAK_SECONDS=1800 EWP_RELIABILITY_CYCLES=10</c>), and another seed
/// replays the soak with other faults (<c>EWP_RELIABILITY_SEED</c>).
/// </summary>
internal static class ReliabilitySettings
{
    /// <summary>Seconds of load in the soak (default 30).</summary>
    public const string SoakSecondsVariable = "EWP_RELIABILITY_SOAK_SECONDS";

    /// <summary>Kill-and-restart cycles in the crash tests and PostgreSQL restarts in the restart test (default 1).</summary>
    public const string CyclesVariable = "EWP_RELIABILITY_CYCLES";

    /// <summary>Seed of the soak's random faults and load (default 11); the failure message names the one used.</summary>
    public const string SeedVariable = "EWP_RELIABILITY_SEED";

    public static TimeSpan SoakDuration => TimeSpan.FromSeconds(Read(SoakSecondsVariable, 30, 5, 7 * 24 * 3600));

    public static int Cycles => Read(CyclesVariable, 1, 1, 10_000);

    public static int Seed => Read(SeedVariable, 11, 0, 1_000_000);

    /// <summary>A bound for waiting that grows with the soak (longer runs leave more to drain).</summary>
    public static TimeSpan Scaled(TimeSpan atDefault) => atDefault + SoakDuration - TimeSpan.FromSeconds(30) > atDefault
        ? atDefault + SoakDuration - TimeSpan.FromSeconds(30)
        : atDefault;

    private static int Read(string name, int fallback, int min, int max)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"{name} must be a whole number from {min} to {max}; got '{text}'.");
    }
}
