using EwpGateway.PartnerSimulator.Hosting;

namespace EwpGateway.PartnerSimulator;

/// <summary>One simulated partner HEI: its WireMock server, its data, its faults and the requests it received.</summary>
public sealed class SimulatedPartner : IDisposable
{
    private readonly SimulatorOptions _options;
    private readonly CnrSender _cnrs;
    private PartnerServer? _server;

    internal SimulatedPartner(string heiId, SimulatorOptions options, int index)
    {
        HeiId = heiId;
        _options = options;
        Data = new PartnerDataset(options.TimeProvider);
        Faults = new PartnerFaults(unchecked((options.Seed * 7919) + index));
        _cnrs = new CnrSender(this, options);
        Keys = new PartnerKeys(index < options.PartnerKeys.Count ? options.PartnerKeys[index] : null);
    }

    /// <summary>Gets the partner's HEI id.</summary>
    public string HeiId { get; }

    /// <summary>Gets the partner's base URL; its manifest is <c>BaseUrl + "manifest"</c>.</summary>
    public Uri BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("The partner is not started.");

    /// <summary>Gets what the partner serves (mutable by tests).</summary>
    public PartnerDataset Data { get; }

    /// <summary>Gets the faults switched on for this partner.</summary>
    public PartnerFaults Faults { get; }

    /// <summary>Gets the requests the partner received.</summary>
    public RequestLog Requests { get; } = new();

    /// <summary>Gets the key id (fingerprint) of the partner's client key, which signs its CNRs.</summary>
    public string ClientKeyId => HttpSignatures.KeyFingerprint.Compute(Keys.Client);

    /// <summary>Gets the key id (fingerprint) of the partner's listed server key, which signs its responses.</summary>
    public string ServerKeyId => HttpSignatures.KeyFingerprint.Compute(Keys.Server);

    internal PartnerKeys Keys { get; }

    /// <summary>
    /// Sends a change notification to the gateway's CNR endpoint for <paramref name="kind"/>, signed with the
    /// partner's client key: a form POST with the API's id parameter (<c>iia_id</c> or <c>omobility_id</c>; the
    /// current CNR versions have no <c>notifier_hei_id</c>, the gateway knows the notifier from the key). With
    /// <paramref name="copies"/> above 1 the same notification goes out that many times at once (a duplicate storm).
    /// </summary>
    /// <param name="kind">Which CNR.</param>
    /// <param name="objectId">The id to notify about.</param>
    /// <param name="copies">How many identical notifications to send concurrently.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>The HTTP status of each copy (0 when the gateway could not be reached).</returns>
    public Task<IReadOnlyList<int>> SendCnrAsync(SimCnrKind kind, string objectId, int copies, CancellationToken cancellationToken) =>
        _cnrs.SendAsync(kind, objectId, copies, cancellationToken);

    /// <summary>Stops the partner's server and releases its keys.</summary>
    public void Dispose()
    {
        _server?.Dispose();
        _cnrs.Dispose();
        Keys.Dispose();
    }

    internal void Start(IReadOnlyDictionary<string, System.Security.Cryptography.RSA> trustedKeys, int? port)
    {
        var logger = Microsoft.Extensions.Logging.LoggerFactoryExtensions.CreateLogger<SimulatedPartner>(_options.LoggerFactory);
        _server = new PartnerServer(this, _options, trustedKeys, port, logger);
        SimulatorLog.PartnerStarted(logger, HeiId, BaseUrl);
    }
}
