using System.Xml;
using System.Xml.Linq;
using EwpGateway.PartnerSimulator.Xml;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>Outgoing Mobilities v3 (get, index, update), IMobility ToRs v2 (get, index) and the CNR receivers.</summary>
internal sealed class MobilityApis(SimulatedPartner partner, SimulatorOptions options, TimeProvider timeProvider)
{
    public SimResponse OmobilitiesGet(SimRequest request, IReadOnlyList<string> callerHeis)
    {
        var (ids, error) = SimParameters.Ids(request, "omobility_id", options.MaxIds);
        if ((error ?? SimParameters.RejectUnknown(request, "omobility_id")) is { } bad)
        {
            return bad;
        }

        var found = ids.Distinct().Select(partner.Data.Nominations.Get).OfType<SimNomination>().Where(n => callerHeis.Contains(n.ReceivingHeiId));
        return SimResponse.Ok(NominationXml.GetResponse(found));
    }

    public SimResponse OmobilitiesIndex(SimRequest request, IReadOnlyList<string> callerHeis)
    {
        var (year, yearError) = SimParameters.Single(request, "receiving_academic_year_id");
        var (_, formatError) = SimParameters.AcademicYears(request);
        var (since, sinceError) = SimParameters.ModifiedSince(request);
        if ((yearError ?? formatError ?? sinceError ?? SimParameters.RejectUnknown(request, "receiving_academic_year_id", "modified_since")) is { } bad)
        {
            return bad;
        }

        var ids = partner.Data.Nominations.All
            .Where(n => callerHeis.Contains(n.ReceivingHeiId))
            .Where(n => year is null || n.ReceivingAcademicYearId == year)
            .Where(n => since is null || n.ModifiedAt >= since)
            .Select(n => n.OmobilityId);
        return SimResponse.Ok(NominationXml.IndexResponse(ids));
    }

    public SimResponse OmobilitiesUpdate(SimRequest request, IReadOnlyList<string> callerHeis)
    {
        XElement root;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(request.Body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            root = XElement.Load(reader);
        }
        catch (XmlException ex)
        {
            return SimResponse.Error(400, "The body is not XML: " + ex.Message);
        }

        XNamespace u = SimNamespaces.OmobilitiesUpdateRequest;
        var decision = root.Name == u + "omobilities-update-request" ? root.Elements().FirstOrDefault() : null;
        var approve = decision?.Name == u + "approve-proposal-v1";
        if (decision is null || (!approve && decision.Name != u + "reject-proposal-v1"))
        {
            return SimResponse.Error(400, "Expected an omobilities-update-request with approve-proposal-v1 or reject-proposal-v1.");
        }

        var id = decision.Element(u + "omobility-id")?.Value ?? "";
        var proposal = decision.Element(u + "proposal-id")?.Value ?? "";
        if (partner.Data.Nominations.Get(id) is not { } nomination || !callerHeis.Contains(nomination.ReceivingHeiId))
        {
            return SimResponse.Error(400, $"Unknown omobility-id '{id}'.");
        }

        if (nomination.ProposalId != proposal)
        {
            return SimResponse.Error(409, $"proposal-id '{proposal}' is not the current proposal '{nomination.ProposalId}'.");
        }

        partner.Data.Nominations.Upsert(nomination with { Status = approve ? SimNominationStatus.Approved : SimNominationStatus.Rejected });
        partner.Data.AddDecision(new SimDecision(id, proposal, approve, decision.Element(u + "comment")?.Value, timeProvider.GetUtcNow()));
        return SimResponse.Ok(NominationXml.UpdateResponse());
    }

    public SimResponse TorsGet(SimRequest request, IReadOnlyList<string> callerHeis)
    {
        var (receiving, error) = ReceivingHei(request);
        var (ids, idsError) = SimParameters.Ids(request, "omobility_id", options.MaxIds);
        if ((error ?? idsError ?? SimParameters.RejectUnknown(request, "receiving_hei_id", "omobility_id")) is { } bad)
        {
            return bad;
        }

        var found = receiving != partner.HeiId
            ? []
            : ids.Distinct().Select(partner.Data.Transcripts.Get).OfType<SimTranscript>().Where(t => callerHeis.Contains(SendingOf(t)));
        return SimResponse.Ok(TranscriptXml.GetResponse(partner.HeiId, found.Select(t => t with { SendingHeiId = SendingOf(t) }), partner.Keys.Server));
    }

    public SimResponse TorsIndex(SimRequest request, IReadOnlyList<string> callerHeis)
    {
        var (receiving, error) = ReceivingHei(request);
        var (since, sinceError) = SimParameters.ModifiedSince(request);
        if ((error ?? sinceError ?? SimParameters.RejectUnknown(request, "receiving_hei_id", "sending_hei_id", "modified_since")) is { } bad)
        {
            return bad;
        }

        var sending = request.All("sending_hei_id");
        var ids = receiving != partner.HeiId
            ? []
            : partner.Data.Transcripts.All
                .Where(t => callerHeis.Contains(SendingOf(t)))
                .Where(t => sending.Count == 0 || sending.Contains(SendingOf(t)))
                .Where(t => since is null || t.ModifiedAt >= since)
                .Select(t => t.OmobilityId);
        return SimResponse.Ok(TranscriptXml.IndexResponse(ids));
    }

    public static SimResponse Cnr(SimRequest request, int maxIds)
    {
        var name = request.Endpoint is SimEndpoint.IiaCnr or SimEndpoint.IiaApprovalCnr ? "iia_id" : "omobility_id";
        var (_, error) = SimParameters.Ids(request, name, maxIds);
        return error ?? SimResponse.Ok(SimpleXml.CnrResponse(request.Endpoint));
    }

    private static (string? Value, SimResponse? Error) ReceivingHei(SimRequest request)
    {
        var values = request.All("receiving_hei_id");
        return values.Count == 1 ? (values[0], null) : (null, SimResponse.Error(400, "receiving_hei_id must be given exactly once."));
    }

    private string SendingOf(SimTranscript transcript) => transcript.SendingHeiId ?? options.GatewayHeiId;
}
