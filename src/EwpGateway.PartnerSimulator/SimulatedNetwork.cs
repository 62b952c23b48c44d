using System.Security.Cryptography;
using System.Text;
using EwpGateway.HttpSignatures;
using EwpGateway.PartnerSimulator.Data;
using EwpGateway.PartnerSimulator.Registry;
using EwpGateway.PartnerSimulator.Xml;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace EwpGateway.PartnerSimulator;

/// <summary>
/// A set of simulated partner HEIs, each a WireMock server on 127.0.0.1 serving the EWP APIs from its dataset,
/// plus a registry catalogue that lists them and the gateway. Dispose it to stop every server.
/// </summary>
public sealed class SimulatedNetwork : IAsyncDisposable
{
    private const string CataloguePath = "/catalogue-v1.xml";
    private readonly SimulatorOptions _options;
    private readonly Dictionary<string, SimulatedPartner> _byHei;
    private readonly WireMockServer _registry;

    private SimulatedNetwork(SimulatorOptions options, IReadOnlyList<SimulatedPartner> partners)
    {
        _options = options;
        Partners = partners;
        _byHei = partners.ToDictionary(p => p.HeiId, StringComparer.Ordinal);
        var port = options.BasePort is { } basePort ? basePort + partners.Count : 0;
        _registry = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"] });
        _registry.Given(Request.Create().WithPath(CataloguePath).UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/xml; charset=utf-8") },
                BodyData = new WireMock.Util.BodyData { BodyAsBytes = Encoding.UTF8.GetBytes(BuildCatalogueXml()), DetectedBodyType = WireMock.Types.BodyType.Bytes },
            }));
        CatalogueUrl = new Uri(_registry.Urls[0].TrimEnd('/') + CataloguePath);
    }

    /// <summary>Gets the simulated partners, in the order of <see cref="SimulatorOptions.PartnerHeiIds"/>.</summary>
    public IReadOnlyList<SimulatedPartner> Partners { get; }

    /// <summary>Gets the URL where the current catalogue is served (rebuilt on every request, so it follows key and version faults).</summary>
    public Uri CatalogueUrl { get; }

    /// <summary>Gets the partner that covers <paramref name="heiId"/>.</summary>
    /// <param name="heiId">The partner's HEI id.</param>
    /// <exception cref="KeyNotFoundException">No such partner.</exception>
    public SimulatedPartner this[string heiId] =>
        _byHei.TryGetValue(heiId, out var partner) ? partner : throw new KeyNotFoundException($"No simulated partner covers '{heiId}'.");

    /// <summary>Starts the partners and the registry.</summary>
    /// <param name="options">What to simulate.</param>
    /// <returns>The running network.</returns>
    public static SimulatedNetwork Start(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.GatewayHeiId);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIds, 1);
        var heiIds = options.ResolvePartnerHeiIds();
        if (heiIds.Distinct(StringComparer.Ordinal).Count() != heiIds.Count || heiIds.Contains(options.GatewayHeiId))
        {
            throw new ArgumentException("Partner HEI ids must be distinct and differ from the gateway's.", nameof(options));
        }

        var trusted = new Dictionary<string, RSA>(StringComparer.Ordinal);
        foreach (var key in options.GatewayClientKeys)
        {
            trusted[KeyFingerprint.Compute(key)] = key;
        }

        var given = options.PartnerKeys.SelectMany(p => new[] { p.Client, p.Server }).Select(KeyFingerprint.Compute).ToList();
        if (given.Distinct(StringComparer.Ordinal).Count() != given.Count)
        {
            throw new ArgumentException("The given partner keys must all differ: a key identifies one partner.", nameof(options));
        }

        var partners = heiIds.Select((hei, i) => new SimulatedPartner(hei, options, i)).ToList();
        try
        {
            // Each partner generates its RSA keys (unless given) and starts its server: most of the start-up time, done on every core.
            Parallel.For(0, partners.Count, i =>
            {
                var partner = partners[i];
                _ = (partner.ClientKeyId, partner.ServerKeyId);
                SeedData.Fill(partner.Data, partner.HeiId, options, i);
                partner.Start(trusted, options.BasePort + i);
            });

            return new SimulatedNetwork(options, partners);
        }
        catch
        {
            partners.ForEach(p => p.Dispose());
            throw;
        }
    }

    /// <summary>Builds the registry catalogue v1 of the network as it is now.</summary>
    /// <returns>The XML text (valid against the registry's <c>catalogue.xsd</c>).</returns>
    public string BuildCatalogueXml() => XmlBytes.TextOf(CatalogueXml.Of(Partners, _options));

    /// <summary>Writes the current catalogue to a file, atomically (the gateway reads <c>Ewp:Registry:Url</c> from a path as well).</summary>
    /// <param name="path">The file to write; its folder is created.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public async Task WriteCatalogueAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Written beside and moved in place, so that a gateway reading the file never sees half a catalogue.
        var temporary = full + ".tmp";
        await File.WriteAllTextAsync(temporary, BuildCatalogueXml(), new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>Stops every server.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        _registry.Stop();
        _registry.Dispose();
        foreach (var partner in Partners)
        {
            partner.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
