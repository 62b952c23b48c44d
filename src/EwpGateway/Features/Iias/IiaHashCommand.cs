using System.Xml;

namespace EwpGateway.Features.Iias;

/// <summary>
/// <c>iia-hash FILE [--explain] [--against FILE2]</c>: prints the <c>iia-hash</c> of every IIA in an IIAs get-response
/// (v7, or v6 for the v7-comparable hash), one line each: the hash, a tab, the first partner's iia-id.
/// </summary>
internal static class IiaHashCommand
{
    public const string Name = "iia-hash";

    private const string Usage = "usage: iia-hash FILE [--explain] [--against FILE2]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? file = null;
        string? against = null;
        var explain = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--explain":
                    explain = true;
                    break;
                case "--against" when i + 1 < args.Count:
                    against = args[++i];
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    await error.WriteLineAsync($"iia-hash: unknown option '{option}'. {Usage}");
                    return 2;
                default:
                    if (file is not null)
                    {
                        await error.WriteLineAsync($"iia-hash: more than one FILE given ('{file}', '{args[i]}'). {Usage}");
                        return 2;
                    }

                    file = args[i];
                    break;
            }
        }

        if (file is null)
        {
            await error.WriteLineAsync($"iia-hash: no FILE given. {Usage}");
            return 2;
        }

        var results = await LoadAsync(file, error, cancellationToken);
        var others = against is null ? [] : await LoadAsync(against, error, cancellationToken);
        if (results is null || others is null)
        {
            return 1;
        }

        foreach (var result in results)
        {
            await output.WriteLineAsync($"{result.Hash}\t{result.PartnerOneIiaId}");
            if (explain)
            {
                await output.WriteLineAsync($"  valid-for-approval: {(result.ValidForApproval ? "true" : "false")}");
                await output.WriteLineAsync($"  text-to-hash: {result.TextToHash}");
            }

            if (against is not null)
            {
                await CompareAsync(result, others, output);
            }
        }

        return 0;
    }

    private static async Task CompareAsync(IiaHashResult result, IReadOnlyList<IiaHashResult> others, TextWriter output)
    {
        var counterpart = others.Count == 1 ? others[0] : others.FirstOrDefault(o => o.PartnerIiaIds.Intersect(result.PartnerIiaIds).Any());
        if (counterpart is null)
        {
            await output.WriteLineAsync("  no copy of this agreement (by iia-id) in the second file");
            return;
        }

        if (counterpart.Hash == result.Hash)
        {
            await output.WriteLineAsync($"  same hash as the second copy ({counterpart.PartnerOneIiaId})");
            return;
        }

        await output.WriteLineAsync($"  differs from the second copy {counterpart.Hash}\t{counterpart.PartnerOneIiaId}:");
        foreach (var line in IiaHashComparer.Explain(result, counterpart))
        {
            await output.WriteLineAsync("    " + line);
        }
    }

    private static async Task<IReadOnlyList<IiaHashResult>?> LoadAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            return IiaHashCalculator.Compute(IiaHashCalculator.Parse(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"iia-hash: cannot read '{path}': {ex.Message}");
        }
        catch (Exception ex) when (ex is XmlException or FormatException)
        {
            await error.WriteLineAsync($"iia-hash: '{path}' is not an IIAs get-response: {ex.Message}");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return null;
    }
}
