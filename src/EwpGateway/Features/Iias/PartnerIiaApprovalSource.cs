using System.Xml.Linq;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Partners' approvals of OUR agreements (IIAs Approval v2) as a sync source. An approval CNR names our iia-id; the
/// partner's approval API says which hash it approved. An approval of our current hash is recorded on our agreement
/// (approving HEI, hash, time); any other hash is a payload issue <c>approval-hash</c>. There is no index API for
/// approvals: reconciliation lists our agreements with the partner.
/// </summary>
internal sealed class PartnerIiaApprovalSource(
    PartnerApiResolver resolver,
    IIiasApprovalV2Client client,
    PartnerResponseReader reader,
    PayloadIssueRecorder issues,
    AgreementStore store,
    GatewayDbContextFactory factory,
    IOptions<EwpHostOptions> host) : IPartnerObjectSource
{
    public const string ApiName = "iias-approval";
    public const string ResponseXsd = "_registry-service-bundled/ewp-specs-api-iias-approval-v2.0.0/response.xsd";

    public string Api => ApiName;

    public InboxKind CnrKind => InboxKind.IiaApprovalCnr;

    public async Task<PartnerIndex> ListAsync(string partnerHeiId, DateTimeOffset? modifiedSince, CancellationToken cancellationToken)
    {
        var endpoint = resolver.Resolve(partnerHeiId, PartnerApi.IiasApproval);
        await using var db = factory.CreateDbContext();
        var ids = await db.Agreements.AsNoTracking()
            .Where(a => a.Provenance.Source == ProvenanceSource.Local && a.Partners.Any(p => p.HeiId == partnerHeiId))
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        return new PartnerIndex(ids, endpoint.Version, endpoint.GetLimit("max-iia-ids") ?? 1);
    }

    public async Task<PartnerFetchResult> FetchAsync(string partnerHeiId, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var endpoint = resolver.Resolve(partnerHeiId, PartnerApi.IiasApproval);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var form = wanted.Select(id => new KeyValuePair<string, string>("iia_id", id)).ToList();
        var url = endpoint.GetUrl("url");
        using var response = await reader.SendAsync(partnerHeiId, Api, () => client.GetAsync(url, new FormUrlEncodedContent(form), cancellationToken), cancellationToken);
        var items = await reader.ReadItemsAsync(
            response, partnerHeiId, Api, ResponseXsd, XName.Get("approval", IiasApprovalResult.Namespace),
            approval => Child(approval, "iia-id")?.Value.Trim(), wanted, cancellationToken);

        var stored = new List<string>();
        var rejected = items.Rejected.ToList();
        foreach (var approval in items.Valid)
        {
            var ourId = Child(approval, "iia-id")?.Value.Trim() ?? "";
            var hash = Child(approval, "iia-hash")?.Value.Trim() ?? "";
            if (await RecordAsync(partnerHeiId, ourId, hash, wanted, cancellationToken))
            {
                stored.Add(ourId);
            }
            else
            {
                rejected.Add(ourId);
            }
        }

        // Not returned: not approved (yet). Approvals recorded earlier stay; they only count while the hash is current.
        return new PartnerFetchResult(stored, [], rejected);
    }

    /// <summary>Approvals are never withdrawn by a listing (there is no approval index).</summary>
    public Task<int> WithdrawMissingAsync(string partnerHeiId, IReadOnlyCollection<string> listedIds, CancellationToken cancellationToken) =>
        Task.FromResult(0);

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private async Task<bool> RecordAsync(string hei, string ourId, string hash, List<string> wanted, CancellationToken ct)
    {
        var ours = wanted.Contains(ourId) ? await store.GetAsync(ourId, ct) : null;
        if (ours is null || ours.Provenance.Source != ProvenanceSource.Local
            || !ours.Partners.Any(p => string.Equals(p.HeiId, hei, StringComparison.OrdinalIgnoreCase)))
        {
            await issues.RecordAsync(hei, Api, "unknown-iia", ourId, $"{hei} approved '{ourId}', which is not one of our agreements with it that we asked about.", ct);
            return false;
        }

        var current = (await ServedIiaHash.ComputeAsync(ours, host.Value.HeiId, ct)).Hash;
        if (hash != current)
        {
            await issues.RecordAsync(hei, Api, "approval-hash", ourId, $"{hei} approved hash {hash}, but our agreement's current hash is {current}.", ct);
            return false;
        }

        if (!ours.Approvals.Any(a => string.Equals(a.HeiId, hei, StringComparison.OrdinalIgnoreCase) && a.IiaHash == hash))
        {
            try
            {
                await store.ApproveAsync(ourId, hei, hash, ours.Version, ct);
            }
            catch (Exception ex) when (ex is InvalidStateTransitionException or ConcurrencyConflictException)
            {
                await issues.RecordAsync(hei, Api, "approval-not-recorded", ourId, ex.Message, ct);
                return false;
            }
        }

        await issues.ResolveAsync(hei, Api, ourId, ct);
        return true;
    }
}
