using System.Security.Cryptography;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Iias;

/// <summary>
/// The approval flow of partners' copies: compares a copy's terms with our own agreement (the <c>iia-hash --against</c>
/// logic) and, when they match, approves the copy in our data with a snapshot of the exact bytes approved; the store
/// queues the approval CNR for the partner.
/// </summary>
internal sealed class PartnerIiaApproval(AgreementStore store, PayloadIssueRecorder issues, IOptions<IiaSyncOptions> options, IOptions<EwpHostOptions> host)
{
    /// <summary>
    /// Hashes <paramref name="ours"/> as the partner would write it (their entry first with <paramref name="partnerIiaId"/>,
    /// ours second with our id) and explains every difference with <paramref name="theirs"/>.
    /// </summary>
    public async Task<IiaComparison> CompareAsync(Agreement ours, IiaHashResult theirs, string partnerHeiId, string partnerIiaId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(theirs);
        var home = host.Value.HeiId;
        var view = new Agreement
        {
            Id = partnerIiaId,
            InEffect = ours.InEffect,
            TerminatedAsAWhole = ours.TerminatedAsAWhole,
            PdfFileId = ours.PdfFileId,
            Contacts = ours.Contacts,
            CooperationConditions = ours.CooperationConditions,
            Partners = [.. ours.Partners.Select(p => string.Equals(p.HeiId, home, StringComparison.OrdinalIgnoreCase)
                ? new AgreementPartner { HeiId = p.HeiId, OunitId = p.OunitId, IiaId = ours.Id, IiaCode = p.IiaCode }
                : p)],
        };
        if (IiaXmlWriter.OrderedPartners(view, partnerHeiId) is null)
        {
            return new IiaComparison(false, $"our agreement {ours.Id} does not have {partnerHeiId} and {home} as its partners");
        }

        var ourResult = IiaTermsAlignment.AlignNumbers(await ServedIiaHash.ComputeAsync(view, partnerHeiId, ct), theirs);
        var lines = IiaHashComparer.Explain(ourResult, theirs);
        return lines.Count == 0
            ? new IiaComparison(true, null)
            : new IiaComparison(false, $"our agreement {ours.Id} (first copy) vs the partner's copy {partnerIiaId} (second copy):\n" + string.Join('\n', lines));
    }

    /// <summary>
    /// Approves the stored <paramref name="copy"/> when automatic approval is on, its terms matched ours, it is valid for
    /// approval and not approved at this hash yet. Returns whether an approval was recorded.
    /// </summary>
    public async Task<bool> ApproveIfAllowedAsync(Agreement copy, IiaHashResult theirs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(copy);
        ArgumentNullException.ThrowIfNull(theirs);
        var home = host.Value.HeiId;
        if (!options.Value.AutoApprove || !theirs.ValidForApproval || copy.IiaHash != theirs.Hash
            || copy.Approvals.Any(a => string.Equals(a.HeiId, home, StringComparison.OrdinalIgnoreCase) && a.IiaHash == theirs.Hash)
            || copy.Provenance.RawPayload is not { } payload)
        {
            return false;
        }

        var snapshot = new PayloadSnapshot
        {
            PartnerHeiId = copy.Provenance.PartnerHeiId ?? "",
            Api = PartnerIiaSource.ApiName,
            ObjectId = copy.Provenance.PartnerObjectId ?? "",
            EwpVersion = copy.Provenance.EwpVersion ?? "",
            PayloadSha256 = Convert.ToHexStringLower(SHA256.HashData(payload)),
            IiaHash = theirs.Hash,
            Reason = "approved",
            Payload = payload,
        };
        try
        {
            await store.ApproveAsync(copy.Id, home, theirs.Hash, copy.Version, snapshot, ct);
            return true;
        }
        catch (InvalidStateTransitionException ex)
        {
            await issues.RecordAsync(snapshot.PartnerHeiId, PartnerIiaSource.ApiName, "not-approvable", snapshot.ObjectId, ex.Message, ct);
            return false;
        }
        catch (ConcurrencyConflictException)
        {
            // The copy changed meanwhile: the fetch that changed it decides about its approval.
            return false;
        }
    }
}
