using System.Globalization;

namespace EwpGateway.UnitTests.Fuzzing;

/// <summary>
/// How long and from which seed the fuzz targets run. CI runs every target for its share of
/// <see cref="DefaultTotalSeconds"/> from the fixed <see cref="DefaultSeed"/>, so a CI failure reproduces; to explore, set
/// <c>EWP_FUZZ_SECONDS</c> (total seconds over all targets) and <c>EWP_FUZZ_SEED</c> (a number, or <c>random</c>).
/// </summary>
internal static class FuzzSettings
{
    public const int DefaultSeed = 20_261_123;

    /// <summary>Total seconds over all targets in CI.</summary>
    public const double DefaultTotalSeconds = 28;

    /// <summary>The number of fuzz targets sharing the total time.</summary>
    public const int Targets = 8;

    /// <summary>Far above what any single input takes: reaching it means the input hangs the code under test.</summary>
    public static readonly TimeSpan PerInputTimeout = TimeSpan.FromSeconds(10);

    public static int Seed { get; } = ReadSeed();

    /// <summary>The time one target runs.</summary>
    public static TimeSpan PerTarget { get; } = TimeSpan.FromSeconds(ReadSeconds() / Targets);

    private static int ReadSeed()
    {
        var value = Environment.GetEnvironmentVariable("EWP_FUZZ_SEED");
        if (string.Equals(value, "random", StringComparison.OrdinalIgnoreCase))
        {
            return Random.Shared.Next();
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;
    }

    private static double ReadSeconds() =>
        double.TryParse(Environment.GetEnvironmentVariable("EWP_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : DefaultTotalSeconds;
}
