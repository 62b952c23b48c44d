using System.Globalization;
using System.Text.RegularExpressions;

namespace EwpGateway.Benchmarks.Hosting;

/// <summary>The gateway's "Reconciled {api} with {hei}: ..." log line, waited for and read.</summary>
internal sealed partial record ReconciledLine(int Listed, int Stored, int Rejected, int Withdrawn, TimeSpan Duration)
{
    /// <summary>
    /// Waits for the end of a reconciliation of <paramref name="api"/> with <paramref name="heiId"/> logged at or after
    /// line <paramref name="from"/>; throws when it failed or (unless <paramref name="optional"/>) did not come in time.
    /// </summary>
    public static async Task<ReconciledLine?> WaitAsync(
        GatewayServer server, int from, string api, string heiId, TimeSpan timeout, bool optional, CancellationToken ct)
    {
        string line;
        try
        {
            line = await server.WaitForLineAsync(
                from,
                l => l.Contains($"Reconciled {api} with {heiId}:", StringComparison.Ordinal)
                    || l.Contains($"Reconciling {api} with {heiId} failed", StringComparison.Ordinal),
                timeout,
                ct);
        }
        catch (TimeoutException) when (optional)
        {
            return null;
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"No reconciliation of {api} with {heiId} within {timeout}:\n{server.Output()}", ex);
        }

        var match = Pattern().Match(line);
        if (!match.Success)
        {
            throw new InvalidOperationException("The reconciliation failed: " + line);
        }

        int Number(string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        return new ReconciledLine(Number("listed"), Number("stored"), Number("rejected"), Number("withdrawn"), TimeSpan.FromMilliseconds(Number("ms")));
    }

    [GeneratedRegex(@"Reconciled \S+ with \S+: (?<listed>\d+) listed, (?<stored>\d+) stored, (?<rejected>\d+) rejected, (?<withdrawn>\d+) withdrawn in (?<ms>\d+) ms")]
    private static partial Regex Pattern();
}
