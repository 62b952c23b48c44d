using EwpGateway.PartnerSimulator;

namespace EwpGateway.IntegrationTests.Support;

/// <summary>
/// The sample key pairs of <c>certs-sample/demo-partner-keys.pem</c>, read once per test run and given to simulated
/// networks so that they do not generate two RSA-2048 keys per partner (a quarter of a second each). Every network
/// gets the same keys; a network has its own registry, so no two partners of one gateway share a key.
/// </summary>
internal static class SamplePartnerKeys
{
    private static readonly Lazy<IReadOnlyList<SimPartnerKeyPair>> Pairs = new(Read);

    /// <summary>Adds the sample pairs to <paramref name="options"/> (partners beyond them generate their own keys).</summary>
    public static SimulatorOptions WithSampleKeys(this SimulatorOptions options)
    {
        foreach (var pair in Pairs.Value)
        {
            options.PartnerKeys.Add(pair);
        }

        return options;
    }

    private static IReadOnlyList<SimPartnerKeyPair> Read()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "certs-sample", "demo-partner-keys.pem");
            if (File.Exists(path))
            {
                return SimPartnerKeyPair.ReadPem(File.ReadAllText(path));
            }
        }

        throw new FileNotFoundException("certs-sample/demo-partner-keys.pem was not found above the test folder.");
    }
}
