using EwpGateway.Features.Sync;

namespace EwpGateway.Features.Admin;

/// <summary>One row of the dashboard: a partner HEI and everything that says whether we are in sync with it.</summary>
/// <param name="HeiId">The partner's SCHAC id.</param>
/// <param name="Name">Its name from the registry catalogue (null when the catalogue does not list it).</param>
/// <param name="Health">The traffic light; <paramref name="Reasons"/> says why it is not green.</param>
/// <param name="Reasons">Human-readable reasons, most serious first.</param>
/// <param name="Apis">Per pulled API, the last sync outcome.</param>
/// <param name="Outbox">Our CNRs to the partner.</param>
/// <param name="InboxBacklog">Its CNRs waiting to be fetched.</param>
/// <param name="InboxFailed">Its CNRs whose object could not be fetched in the end.</param>
/// <param name="OpenPayloadIssues">Distinct payload-quality issues not resolved by a later fetch.</param>
/// <param name="HashMismatches">Its agreement copies whose terms differ from ours.</param>
/// <param name="CatalogueApis">The APIs and versions the registry lists for it (e.g. <c>iias 7.0.0</c>).</param>
/// <param name="Exchanges">From the communication log: last successful and failed exchange per API and direction.</param>
/// <param name="ClockOffsetSeconds">Its clock minus ours, from the Date of its latest signed message.</param>
/// <param name="Certificates">Its TLS certificates seen lately (the latest per role), with their expiry.</param>
/// <param name="RegistryClientKeys">
/// How many client (HTTP signature) keys the registry lists for its hosts: two during a key rollover. EWP registry keys
/// carry no expiry date; a key ends when the partner removes it from its manifest.
/// </param>
internal sealed record PartnerSummary(
    string HeiId,
    string? Name,
    PartnerHealth Health,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<ApiSyncStatus> Apis,
    OutboxPartnerStatus Outbox,
    int InboxBacklog,
    int InboxFailed,
    int OpenPayloadIssues,
    int HashMismatches,
    IReadOnlyList<string> CatalogueApis,
    IReadOnlyList<ApiExchangeStatus> Exchanges,
    double? ClockOffsetSeconds,
    IReadOnlyList<CertificateView> Certificates,
    int RegistryClientKeys)
{
    /// <summary>The latest successful pull or exchange of any API.</summary>
    public DateTimeOffset? LastSuccessAt => Apis.Select(a => a.LastSuccessAt).Concat(Exchanges.Select(e => e.LastSuccessAt)).Max();

    /// <summary>The latest failed pull or exchange of any API.</summary>
    public DateTimeOffset? LastFailureAt => Apis.Select(a => a.LastFailureAt).Concat(Exchanges.Select(e => e.LastFailureAt)).Max();
}
