using System.Text;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// Pulls the nominations a partner (the sending HEI) makes to us (the receiving HEI) from its Outgoing Mobilities v3
/// API. v3 <c>get</c> takes only <c>omobility_id</c> and <c>index</c> only <c>modified_since</c> (and an academic
/// year we do not filter on): the sending HEI is the partner's host and the receiving HEI the caller's key, so no
/// HEI parameter is sent (v2's <c>sending_hei_id</c>/<c>receiving_hei_id</c> are gone and strict hosts refuse them).
/// Mobilities to another receiving HEI or from another sending HEI are recorded (<c>unexpected-object</c>), not stored.
/// </summary>
internal sealed class PartnerOmobilitySource(
    IOmobilitiesV3Client client,
    PartnerApiResolver resolver,
    PartnerResponseReader reader,
    PayloadIssueRecorder issues,
    NominationStore store,
    IOptions<EwpHostOptions> host,
    ILogger<PartnerOmobilitySource> logger) : IPartnerObjectSource
{
    /// <summary>Schema of the v3 get answer (in <c>schemas/ewp/</c>).</summary>
    public const string GetXsd = "_registry-service-bundled/ewp-specs-api-omobilities-v3.0.0/endpoints/get-response.xsd";

    /// <summary>Schema of the v3 index answer.</summary>
    public const string IndexXsd = "_registry-service-bundled/ewp-specs-api-omobilities-v3.0.0/endpoints/index-response.xsd";

    private const string MaxIdsLimit = "max-omobility-ids";
    private static readonly XNamespace GetNs = EwpNamespaces.OmobilitiesGetResponse;
    private static readonly XNamespace IndexNs = EwpNamespaces.OmobilitiesIndexResponse;

    public string Api => PartnerApi.Omobilities.LocalName;

    public InboxKind CnrKind => InboxKind.OmobilityCnr;

    public async Task<PartnerIndex> ListAsync(string partnerHeiId, DateTimeOffset? modifiedSince, CancellationToken cancellationToken)
    {
        var endpoint = resolver.Resolve(partnerHeiId, PartnerApi.Omobilities);
        List<KeyValuePair<string, string>> form = [];
        if (modifiedSince is { } since)
        {
            form.Add(new("modified_since", PartnerForm.DateTime(since)));
        }

        using var response = await reader.SendAsync(
            partnerHeiId, Api, () => client.IndexAsync(endpoint.GetUrl("index-url"), PartnerForm.Create(form), cancellationToken), cancellationToken);
        var ids = await reader.ReadIndexAsync(response, partnerHeiId, Api, IndexXsd, IndexNs + "omobility-id", cancellationToken);
        return new PartnerIndex(ids, endpoint.Version, endpoint.GetLimit(MaxIdsLimit) ?? 1);
    }

    public async Task<PartnerFetchResult> FetchAsync(string partnerHeiId, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var endpoint = resolver.Resolve(partnerHeiId, PartnerApi.Omobilities);
        List<string> stored = [], withdrawn = [], rejected = [];
        foreach (var batch in PartnerForm.Batches(ids, endpoint.GetLimit(MaxIdsLimit) ?? 1))
        {
            using var response = await reader.SendAsync(
                partnerHeiId,
                Api,
                () => client.GetAsync(
                    endpoint.GetUrl("get-url"), PartnerForm.Create(batch.Select(id => new KeyValuePair<string, string>("omobility_id", id))), cancellationToken),
                cancellationToken);
            var items = await reader.ReadItemsAsync(
                response, partnerHeiId, Api, GetXsd, GetNs + "student-mobility", IdOf, batch, cancellationToken);
            rejected.AddRange(items.Rejected);
            foreach (var item in items.Valid)
            {
                var id = IdOf(item) ?? "";
                var problem = await StoreAsync(partnerHeiId, endpoint.Version, batch, item, cancellationToken);
                (problem is null ? stored : rejected).Add(id);
            }

            var missing = batch.Except(stored).Except(rejected).ToList();
            if (missing.Count > 0)
            {
                var marked = await store.WithdrawPartnerCopiesAsync(partnerHeiId, missing, cancellationToken);
                if (marked.Count > 0)
                {
                    NominationsLog.PartnerNominationsWithdrawn(logger, partnerHeiId, marked.Count);
                }

                withdrawn.AddRange(missing);
            }
        }

        return new PartnerFetchResult(stored, withdrawn, rejected);
    }

    public async Task<int> WithdrawMissingAsync(string partnerHeiId, IReadOnlyCollection<string> listedIds, CancellationToken cancellationToken)
    {
        var count = await store.WithdrawMissingPartnerCopiesAsync(partnerHeiId, listedIds, cancellationToken);
        if (count > 0)
        {
            NominationsLog.PartnerNominationsWithdrawn(logger, partnerHeiId, count);
        }

        return count;
    }

    /// <returns>Null when stored, else the issue kind recorded.</returns>
    private async Task<string?> StoreAsync(string partnerHeiId, string version, string[] requested, XElement item, CancellationToken ct)
    {
        var id = IdOf(item) ?? "";
        Nomination nomination;
        try
        {
            nomination = OmobilityXmlReader.ReadMobility(item, host.Value.HeiId);
        }
        catch (FormatException ex)
        {
            return await RejectAsync(partnerHeiId, id, PayloadIssueKinds.Schema, ex.Message, ct);
        }

        var problem = !requested.Contains(id, StringComparer.Ordinal) ? $"the partner returned '{id}', which was not asked for"
            : !string.Equals(nomination.ReceivingHeiId, host.Value.HeiId, StringComparison.OrdinalIgnoreCase) ? $"its receiving HEI is '{nomination.ReceivingHeiId}', not us"
            : !string.Equals(nomination.SendingHeiId, partnerHeiId, StringComparison.OrdinalIgnoreCase) ? $"its sending HEI is '{nomination.SendingHeiId}', not the partner"
            : null;
        if (problem is not null)
        {
            return await RejectAsync(partnerHeiId, id, PayloadIssueKinds.UnexpectedObject, problem, ct);
        }

        nomination.Id = "";
        nomination.Provenance = new Provenance
        {
            Source = ProvenanceSource.Partner,
            PartnerHeiId = partnerHeiId,
            PartnerObjectId = id,
            EwpVersion = version,
            RawPayload = XmlBytes.Of(item),
        };
        var outcome = await store.UpsertPartnerCopyAsync(nomination, ct);
        await issues.ResolveAsync(partnerHeiId, Api, id, ct);
        NominationsLog.PartnerNominationStored(logger, partnerHeiId, id, outcome.ToString());
        return null;
    }

    private async Task<string> RejectAsync(string partnerHeiId, string id, string kind, string reason, CancellationToken ct)
    {
        await issues.RecordAsync(partnerHeiId, Api, kind, id, reason, ct);
        NominationsLog.PartnerNominationRejected(logger, partnerHeiId, id, kind, reason);
        return kind;
    }

    private static string? IdOf(XElement item) => item.Element(GetNs + "omobility-id")?.Value.Trim();
}
