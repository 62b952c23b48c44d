using System.Diagnostics;
using System.Text;

namespace EwpGateway.UnitTests.Fuzzing;

/// <summary>
/// Runs one fuzz target for its time budget: input <c>i</c> is drawn from a random source seeded with (seed, target,
/// <c>i</c>) alone, so a failure names the seed and index that reproduce it, and prints the input for a regression test.
/// Each input runs under <see cref="FuzzSettings.PerInputTimeout"/>; reaching it is a hang. The check throws (an assertion
/// or an undocumented exception) to report a failure.
/// </summary>
internal static class FuzzRunner
{
    public static async Task RunAsync(
        string target, IReadOnlyList<byte[]> samples, IReadOnlyList<byte[]> dictionary, int maxLength, Func<byte[], CancellationToken, Task> check)
    {
        var seed = FuzzSettings.Seed;
        var salt = Fnv(target);
        var clock = Stopwatch.StartNew();
        var count = 0;
        var ct = TestContext.Current.CancellationToken;
        while (clock.Elapsed < FuzzSettings.PerTarget)
        {
            var index = count++;
            var input = new Mutator(new Random(unchecked((seed * 1_000_003) ^ salt ^ (index * 7_919))), samples, dictionary, maxLength).Next();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(FuzzSettings.PerInputTimeout);
            try
            {
                await Task.Run(() => check(input, timeout.Token), timeout.Token).WaitAsync(FuzzSettings.PerInputTimeout, ct);
            }
            catch (TimeoutException)
            {
                Assert.Fail(Report(target, seed, index, input, $"no answer within {FuzzSettings.PerInputTimeout.TotalSeconds} s (a hang)"));
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                Assert.Fail(Report(target, seed, index, input, ex.ToString()));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"fuzz {target}: {count} inputs in {clock.Elapsed.TotalSeconds:F1} s, seed {seed} (EWP_FUZZ_SEED={seed} reproduces; EWP_FUZZ_SECONDS runs longer)");
    }

    /// <summary>Stable across processes (unlike <see cref="string.GetHashCode()"/>).</summary>
    private static int Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)hash);
    }

    private static string Report(string target, int seed, int index, byte[] input, string problem)
    {
        var shown = input.Length <= 4096 ? input : input[..4096];
        return new StringBuilder()
            .AppendLine($"Fuzz target '{target}' failed on input {index} of seed {seed} (EWP_FUZZ_SEED={seed} reproduces it):")
            .AppendLine(problem)
            .AppendLine($"Input ({input.Length} bytes{(input.Length > shown.Length ? ", first 4096 shown" : "")}), base64:")
            .AppendLine(Convert.ToBase64String(shown))
            .AppendLine("As Latin-1 text:")
            .AppendLine(Encoding.Latin1.GetString(shown))
            .ToString();
    }
}
