using System.Xml.Linq;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// Pulls the transcripts a partner (the receiving HEI) issued for our outgoing students from its IMobility ToRs v2
/// API (<c>receiving_hei_id</c> = the partner, <c>sending_hei_id</c> = us). Each ELMO document's signature is checked
/// (<see cref="ElmoSignatureVerifier"/>): an invalid one is stored but flagged and counted as an
/// <c>elmo-signature</c> payload issue, for the administrator to decide. Grades are converted to the home scale
/// (<see cref="GradeConverter"/>), the partner's kept.
/// </summary>
internal sealed class PartnerTorSource(
    IImobilityTorsV2Client client,
    PartnerApiResolver resolver,
    PartnerResponseReader reader,
    PayloadIssueRecorder issues,
    TranscriptStore store,
    GradeConverter grades,
    IOptions<EwpHostOptions> host,
    ILogger<PartnerTorSource> logger) : IPartnerObjectSource
{
    /// <summary>Schema of the v2 get answer (in <c>schemas/ewp/</c>).</summary>
    public const string GetXsd = "ewp-specs-api-imobility-tors/endpoints/get-response.xsd";

    /// <summary>Schema of the v2 index answer.</summary>
    public const string IndexXsd = "ewp-specs-api-imobility-tors/endpoints/index-response.xsd";

    private const string MaxIdsLimit = "max-omobility-ids";

    // An ELMO carries its PDF transcript in base64: the general limit of partner documents (16 Mi characters) would
    // refuse a 20 MB transcript; 64 Mi characters take a PDF of about 45 MB.
    private const long MaxGetCharacters = 64L * 1024 * 1024;
    // ELMO content elements (attachment content, section content) are xs:token: any text is valid, so a validator may
    // see a marker instead of a large one.
    private const int LiftThreshold = 32 * 1024;
    private static readonly IReadOnlySet<(string, string)> LiftedElements = new HashSet<(string, string)> { ("content", EwpNamespaces.ElmoV1) };
    private static readonly XNamespace GetNs = EwpNamespaces.ImobilityTorsGetResponse;
    private static readonly XNamespace IndexNs = EwpNamespaces.ImobilityTorsIndexResponse;

    public string Api => PartnerApi.ImobilityTors.LocalName;

    public InboxKind CnrKind => InboxKind.TorCnr;

    public async Task<PartnerIndex> ListAsync(string partnerHeiId, DateTimeOffset? modifiedSince, CancellationToken cancellationToken)
    {
        var endpoint = resolver.Resolve(partnerHeiId, PartnerApi.ImobilityTors);
        List<KeyValuePair<string, string>> form = [new("receiving_hei_id", partnerHeiId), new("sending_hei_id", host.Value.HeiId)];
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
        var endpoint = resolver.Resolve(partnerHeiId, PartnerApi.ImobilityTors);
        List<string> stored = [], withdrawn = [], rejected = [];
        foreach (var batch in PartnerForm.Batches(ids, endpoint.GetLimit(MaxIdsLimit) ?? 1))
        {
            List<KeyValuePair<string, string>> form = [new("receiving_hei_id", partnerHeiId), .. batch.Select(id => new KeyValuePair<string, string>("omobility_id", id))];
            using var response = await reader.SendAsync(
                partnerHeiId, Api, () => client.GetAsync(endpoint.GetUrl("get-url"), PartnerForm.Create(form), cancellationToken), cancellationToken);
            // Attachment contents (a PDF in base64) are parsed into temporary files, not strings (memory flat in their size).
            using var lifted = new LiftedTexts();
            var items = await reader.ReadItemsAsync(
                response, partnerHeiId, Api, GetXsd, GetNs + "tor", IdOf, batch, cancellationToken, MaxGetCharacters,
                parser => new LiftingXmlReader(parser, lifted, LiftedElements, LiftThreshold));
            rejected.AddRange(items.Rejected);
            foreach (var item in items.Valid)
            {
                var stores = await StoreAsync(partnerHeiId, endpoint.Version, batch, item, lifted, cancellationToken);
                (stores ? stored : rejected).Add(IdOf(item) ?? "");
            }

            var missing = batch.Except(stored).Except(rejected).ToList();
            if (missing.Count > 0)
            {
                var marked = await store.WithdrawPartnerCopiesAsync(partnerHeiId, missing, cancellationToken);
                if (marked.Count > 0)
                {
                    TranscriptsLog.PartnerTranscriptsWithdrawn(logger, partnerHeiId, marked.Count);
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
            TranscriptsLog.PartnerTranscriptsWithdrawn(logger, partnerHeiId, count);
        }

        return count;
    }

    /// <returns>Whether it was stored (an invalid ELMO signature is stored, flagged).</returns>
    private async Task<bool> StoreAsync(string partnerHeiId, string version, string[] requested, XElement item, LiftedTexts lifted, CancellationToken ct)
    {
        var id = IdOf(item) ?? "";
        if (!requested.Contains(id, StringComparer.Ordinal))
        {
            return await RejectAsync(partnerHeiId, id, PayloadIssueKinds.UnexpectedObject, $"the partner returned '{id}', which was not asked for", ct);
        }

        // A large ELMO document and its PDF go to temporary files, streamed into the database (memory flat in their size).
        using var contents = new TranscriptContents();
        Transcript transcript;
        try
        {
            transcript = TorXmlReader.ReadTor(item, host.Value.HeiId, lifted, contents);
        }
        catch (FormatException ex)
        {
            return await RejectAsync(partnerHeiId, id, PayloadIssueKinds.Schema, ex.Message, ct);
        }

        // The partner is the receiving HEI we asked; the ELMO issuer is informative only.
        transcript.Id = "";
        transcript.ReceivingHeiId = partnerHeiId;
        transcript.SendingHeiId = host.Value.HeiId;
        transcript.Provenance.Source = ProvenanceSource.Partner;
        transcript.Provenance.PartnerHeiId = partnerHeiId;
        transcript.Provenance.PartnerObjectId = id;
        transcript.Provenance.EwpVersion = version;
        (transcript.ElmoSignature, transcript.ElmoSignatureDetail) = contents.RawPayload is { } raw
            ? ElmoSignatureVerifier.Verify(item, raw)
            : ElmoSignatureVerifier.Verify(item, transcript.Provenance.RawPayload ?? []);
        grades.Apply(transcript, partnerHeiId);
        var outcome = await store.UpsertPartnerCopyAsync(transcript, contents, ct);
        await issues.ResolveAsync(partnerHeiId, Api, id, ct);
        if (transcript.ElmoSignature == ElmoSignatureStatus.Invalid)
        {
            await issues.RecordAsync(partnerHeiId, Api, PayloadIssueKinds.ElmoSignature, id, transcript.ElmoSignatureDetail ?? "", ct);
            TranscriptsLog.PartnerElmoSignatureInvalid(logger, partnerHeiId, id, transcript.ElmoSignatureDetail ?? "");
        }

        TranscriptsLog.PartnerTranscriptStored(logger, partnerHeiId, id, outcome.ToString(), transcript.ElmoSignature.ToString());
        return true;
    }

    private async Task<bool> RejectAsync(string partnerHeiId, string id, string kind, string reason, CancellationToken ct)
    {
        await issues.RecordAsync(partnerHeiId, Api, kind, id, reason, ct);
        TranscriptsLog.PartnerTranscriptRejected(logger, partnerHeiId, id, kind, reason);
        return false;
    }

    private static string? IdOf(XElement item) => item.Element(GetNs + "omobility-id")?.Value.Trim();
}
