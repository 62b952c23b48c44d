using System.Runtime.InteropServices;

namespace EwpGateway.Benchmarks.Reporting;

/// <summary>The machine the figures come from.</summary>
internal sealed record MachineInfo(int Cores, string CpuModel, long MemoryBytes, string Os, string Runtime)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        Field("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        long.Parse((Field("/proc/meminfo", "MemTotal") ?? "0 kB").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024,
        (Field("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') is { } name ? name + ", " : "") + RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    /// <summary>The 1-minute load average (runnable processes), or null where the OS does not tell.</summary>
    public static double? LoadAverage() =>
        File.Exists("/proc/loadavg")
        && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load)
            ? load
            : null;

    private static string? Field(string path, string name, char separator = ':')
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Select(line => line.Split(separator, 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == name)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }
}
