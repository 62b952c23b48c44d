using System.Globalization;

namespace EwpGateway.Benchmarks.Hosting;

/// <summary>
/// What Linux says about a process (<c>/proc/PID</c>): CPU time used, resident memory now and at its peak, and a reset
/// of that peak (<c>clear_refs</c> 5) so that the peak of one operation can be read.
/// </summary>
internal sealed class ProcessMeter(int pid)
{
    // USER_HZ: the unit of the times in /proc/PID/stat; 100 on every Linux the project runs on.
    private const double TicksPerSecond = 100;

    public int Pid => pid;

    /// <summary>User plus system CPU time the process has used so far (all its threads).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");

        // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Resident set size now (VmRSS), in bytes.</summary>
    public long Resident() => StatusKilobytes("VmRSS:") * 1024;

    /// <summary>Peak resident set size since start or the last <see cref="ResetPeak"/> (VmHWM), in bytes.</summary>
    public long PeakResident() => StatusKilobytes("VmHWM:") * 1024;

    /// <summary>Sets the peak resident size back to the current one.</summary>
    public void ResetPeak() => File.WriteAllText($"/proc/{pid}/clear_refs", "5");

    private long StatusKilobytes(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"/proc/{pid}/status has no {field}");
    }
}
