using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Transcripts;

/// <summary>Partners' transcripts of our outgoing students, stored as their receiving HEI serves them.</summary>
internal sealed partial class TranscriptStore
{
    /// <summary>
    /// Stores the receiving HEI's transcript of one of our mobilities, found again by (partner HEI, omobility id). A
    /// change of the ELMO document, the grade conversion table, the home grades or the signature outcome is one
    /// change-log row; the same content again only moves its last-seen time. Never an outbox row. The parts kept in
    /// <paramref name="contents"/> (a large ELMO document and its PDF) are streamed into the saved rows in the same
    /// transaction: a failure on the way leaves nothing of the transcript written.
    /// </summary>
    public Task<PartnerCopyOutcome> UpsertPartnerCopyAsync(Transcript incoming, TranscriptContents? contents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var spooled = contents is { IsEmpty: false } ? contents : null;
        return writer.WriteAsync(
            async (write, token) =>
            {
                var (stored, outcome) = await PartnerCopyWrite.UpsertAsync(
                    write, incoming, null, (_, _) => { }, (existing, copy, w) => MergePartnerCopy(existing, copy, spooled, w), token);
                if (spooled is not null && outcome != PartnerCopyOutcome.Unchanged)
                {
                    // The rows first (with empty blobs), then their content from the temporary files.
                    await write.Db.SaveChangesAsync(token);
                    await spooled.WriteToAsync(write.Db, stored, token);
                }

                return outcome;
            },
            ct);
    }

    /// <summary>Marks withdrawn the partner's transcripts of <paramref name="omobilityIds"/> (its <c>get</c> no longer returns them).</summary>
    /// <returns>The omobility ids newly marked.</returns>
    public Task<IReadOnlyList<string>> WithdrawPartnerCopiesAsync(string partnerHeiId, IReadOnlyCollection<string> omobilityIds, CancellationToken ct) =>
        writer.WriteAsync(
            (write, token) => PartnerCopyWrite.WithdrawAsync(
                write,
                PartnerCopyWrite.CopiesOf<Transcript>(write, partnerHeiId).Where(t => omobilityIds.Contains(t.Provenance.PartnerObjectId!)),
                token),
            ct);

    /// <summary>After a full listing: marks withdrawn every transcript of the partner the listing lacks.</summary>
    public async Task<int> WithdrawMissingPartnerCopiesAsync(string partnerHeiId, IReadOnlyCollection<string> listedIds, CancellationToken ct) =>
        (await writer.WriteAsync(
            (write, token) => PartnerCopyWrite.WithdrawAsync(
                write,
                PartnerCopyWrite.CopiesOf<Transcript>(write, partnerHeiId).Where(t => !EF.Parameter(listedIds).Contains(t.Provenance.PartnerObjectId!)),
                token),
            ct)).Count;

    private static bool MergePartnerCopy(Transcript existing, Transcript incoming, TranscriptContents? spooled, AggregateWrite write)
    {
        var same = (spooled?.RawPayload is not null
                ? spooled.RawPayloadEquals(existing.Provenance.RawPayload)
                : (existing.Provenance.RawPayload ?? []).AsSpan().SequenceEqual(incoming.Provenance.RawPayload ?? []))
            && existing.ElmoSignature == incoming.ElmoSignature
            && existing.ElmoSignatureDetail == incoming.ElmoSignatureDetail
            && existing.GradeConversion.Select(f => (f.IscedCode, f.Label, f.Percentage))
                .SequenceEqual(incoming.GradeConversion.Select(f => (f.IscedCode, f.Label, f.Percentage)))
            && existing.Results.Select(r => r.HomeGrade).SequenceEqual(incoming.Results.Select(r => r.HomeGrade));
        if (same)
        {
            return false;
        }

        CopyDetails(existing, incoming);
        existing.ElmoSignature = incoming.ElmoSignature;
        existing.ElmoSignatureDetail = incoming.ElmoSignatureDetail;
        return true;
    }

    private static void CopyDetails(Transcript existing, Transcript transcript)
    {
        existing.OmobilityId = transcript.OmobilityId;
        existing.SendingHeiId = transcript.SendingHeiId;
        existing.ReceivingHeiId = transcript.ReceivingHeiId;
        existing.Learner = transcript.Learner;
        existing.IssueDate = transcript.IssueDate;
        existing.GeneratedDate = transcript.GeneratedDate;
        existing.IssuerCountry = transcript.IssuerCountry;
        existing.IssuerUrl = transcript.IssuerUrl;
        OwnedCollection.Replace(existing.LearnerIdentifiers, transcript.LearnerIdentifiers);
        OwnedCollection.Replace(existing.IssuerIdentifiers, transcript.IssuerIdentifiers);
        OwnedCollection.Replace(existing.IssuerTitles, transcript.IssuerTitles);
        OwnedCollection.Replace(existing.GradingSchemes, transcript.GradingSchemes);
        OwnedCollection.Replace(existing.GradeConversion, transcript.GradeConversion);
        OwnedCollection.Replace(existing.Results, transcript.Results);
        OwnedCollection.Replace(existing.Attachments, transcript.Attachments);
    }
}
