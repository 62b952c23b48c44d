using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EwpGateway.PartnerSimulator;

/// <summary>What <see cref="SimulatedNetwork.Start"/> builds: which partner HEIs, the gateway they talk to, and the dataset sizes.</summary>
public sealed class SimulatorOptions
{
    /// <summary>
    /// Gets the HEI ids of the simulated partners. When empty (the default), the first <see cref="PartnerCount"/> of
    /// <see cref="SampleHeiIds"/> are used, then <c>sim-NN.example.org</c>. An explicit list wins over <see cref="PartnerCount"/>.
    /// </summary>
    public IList<string> PartnerHeiIds { get; } = [];

    /// <summary>Gets or sets how many partners to simulate when <see cref="PartnerHeiIds"/> is empty. Default 3.</summary>
    public int PartnerCount { get; set; } = 3;

    /// <summary>Gets or sets the gateway's own HEI id. Default <c>inp-toulouse.fr</c>.</summary>
    public string GatewayHeiId { get; set; } = "inp-toulouse.fr";

    /// <summary>
    /// Gets or sets the gateway's base URL (e.g. <c>http://127.0.0.1:5080</c>); the catalogue lists the gateway's APIs
    /// under it and <see cref="SimulatedPartner.SendCnrAsync"/> posts there. Default <see langword="null"/>: the
    /// catalogue lists no gateway APIs and sending a CNR fails.
    /// </summary>
    public Uri? GatewayBaseUrl { get; set; }

    /// <summary>Gets the public keys the gateway signs requests with: listed in the catalogue and trusted by the partners.</summary>
    public IList<RSA> GatewayClientKeys { get; } = [];

    /// <summary>Gets the public keys the gateway signs responses with (listed in the catalogue).</summary>
    public IList<RSA> GatewayServerKeys { get; } = [];

    /// <summary>
    /// Gets the keys of the partners, in the order of the partners; a partner beyond the list generates its own.
    /// Given keys start a network faster (no RSA key generation) and stay the caller's to dispose.
    /// </summary>
    public IList<SimPartnerKeyPair> PartnerKeys { get; } = [];

    /// <summary>Gets or sets the clock for signatures, modification times and delays. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets how many agreements with the gateway each partner is seeded with. Default 2.</summary>
    public int AgreementsPerPartner { get; set; } = 2;

    /// <summary>Gets or sets how many nominations of its students to the gateway each partner is seeded with. Default 2.</summary>
    public int NominationsPerPartner { get; set; } = 2;

    /// <summary>
    /// Gets or sets how many transcripts each partner is seeded with. Default 0: a transcript is about one of the
    /// gateway's outgoing mobilities, whose ids only the test knows, so tests add them.
    /// </summary>
    public int TranscriptsPerPartner { get; set; }

    /// <summary>Gets or sets the seed of the generated data and of the fault randomness. Default 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// Gets or sets the port of the first partner (the next ones follow, the registry comes last). Default
    /// <see langword="null"/>: free ports chosen by the system.
    /// </summary>
    public int? BasePort { get; set; }

    /// <summary>Gets or sets the <c>max-iia-ids</c>, <c>max-omobility-ids</c> and <c>max-hei-ids</c> announced. Default 10.</summary>
    public int MaxIds { get; set; } = 10;

    /// <summary>Gets or sets where the simulator logs. Default <see cref="NullLoggerFactory.Instance"/>.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>Gets the sample partner HEIs, in the order they are used.</summary>
    public static IReadOnlyList<string> SampleHeiIds { get; } =
    [
        "utwente.nl", "itg.be", "esme.fr", "gtu.ge", "unsa.ba", "itc.edu.kh", "nust.edu.pk", "enit.rnu.tn",
        "validator-hei01.developers.erasmuswithoutpaper.eu", "validator-hei02.developers.erasmuswithoutpaper.eu",
    ];

    internal IReadOnlyList<string> ResolvePartnerHeiIds()
    {
        if (PartnerHeiIds.Count > 0)
        {
            return PartnerHeiIds.ToList();
        }

        ArgumentOutOfRangeException.ThrowIfNegative(PartnerCount);
        return Enumerable.Range(0, PartnerCount)
            .Select(i => i < SampleHeiIds.Count ? SampleHeiIds[i] : $"sim-{i + 1:00}.example.org")
            .ToList();
    }
}
