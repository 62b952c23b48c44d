using EwpGateway.PartnerSimulator.Xml;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>Echo, Institutions, IIAs (v7, or v6 for a V6Only partner) and IIAs Approval of one simulated partner.</summary>
internal sealed class IiaApis(SimulatedPartner partner, SimulatorOptions options)
{
    private string Gateway => options.GatewayHeiId;

    public SimResponse Echo(SimRequest request, IReadOnlyList<string> callerHeis) =>
        SimParameters.RejectUnknown(request, "echo") ?? SimResponse.Ok(SimpleXml.Echo(callerHeis, request.All("echo")));

    public SimResponse Institutions(SimRequest request)
    {
        var (ids, error) = SimParameters.Ids(request, "hei_id", options.MaxIds);
        return error ?? SimParameters.RejectUnknown(request, "hei_id")
            ?? SimResponse.Ok(SimpleXml.Institutions(ids.Where(id => id == partner.HeiId).Distinct()));
    }

    public SimResponse IiasGet(SimRequest request)
    {
        if (partner.Faults.V6Only)
        {
            return IiasGetV6(request);
        }

        var (ids, error) = SimParameters.Ids(request, "iia_id", options.MaxIds);
        if ((error ?? SimParameters.RejectUnknown(request, "iia_id")) is { } bad)
        {
            return bad;
        }

        var found = ids.Distinct().Select(partner.Data.Agreements.Get).OfType<SimAgreement>();
        return SimResponse.Ok(IiaXml.GetResponse(partner.HeiId, Gateway, found));
    }

    public SimResponse IiasIndex(SimRequest request)
    {
        var v6 = partner.Faults.V6Only;
        if (v6 && (HeiParameter(request) is { } heiError))
        {
            return heiError;
        }

        var (years, yearError) = SimParameters.AcademicYears(request);
        var (since, sinceError) = SimParameters.ModifiedSince(request);
        var unknown = v6
            ? SimParameters.RejectUnknown(request, "hei_id", "partner_hei_id", "receiving_academic_year_id", "modified_since")
            : SimParameters.RejectUnknown(request, "receiving_academic_year_id", "modified_since");
        if ((yearError ?? sinceError ?? unknown) is { } bad)
        {
            return bad;
        }

        var partnerHeis = request.All("partner_hei_id");
        var ids = partner.Data.Agreements.All
            .Where(a => since is null || a.ModifiedAt >= since)
            .Where(a => years.Count == 0 || a.Conditions.Any(c => years.Any(y => SimParameters.YearWithin(y, c.FirstAcademicYear, c.LastAcademicYear))))
            .Where(a => partnerHeis.Count == 0 || partnerHeis.Contains(Gateway))
            .Select(a => a.IiaId);
        return SimResponse.Ok(v6 ? IiaV6Xml.IndexResponse(ids) : IiaXml.IndexResponse(ids));
    }

    public SimResponse Approval(SimRequest request)
    {
        var (ids, error) = SimParameters.Ids(request, "iia_id", options.MaxIds);
        if ((error ?? SimParameters.RejectUnknown(request, "iia_id")) is { } bad)
        {
            return bad;
        }

        var approvals = partner.Data.Approvals;
        return SimResponse.Ok(IiaXml.ApprovalResponse(
            ids.Distinct().Where(approvals.ContainsKey).Select(id => (id, approvals[id]))));
    }

    private SimResponse IiasGetV6(SimRequest request)
    {
        if (HeiParameter(request) is { } heiError)
        {
            return heiError;
        }

        var byCode = request.All("iia_code").Count > 0;
        if (byCode && request.All("iia_id").Count > 0)
        {
            return SimResponse.Error(400, "Give iia_id or iia_code, not both.");
        }

        var (values, error) = SimParameters.Ids(request, byCode ? "iia_code" : "iia_id", options.MaxIds);
        if ((error ?? SimParameters.RejectUnknown(request, "hei_id", "iia_id", "iia_code")) is { } bad)
        {
            return bad;
        }

        var found = partner.Data.Agreements.All.Where(a => values.Contains(byCode ? a.IiaCode ?? "" : a.IiaId));
        return SimResponse.Ok(IiaV6Xml.GetResponse(partner.HeiId, Gateway, found));
    }

    private SimResponse? HeiParameter(SimRequest request)
    {
        var heis = request.All("hei_id");
        return heis.Count == 1 && heis[0] == partner.HeiId
            ? null
            : SimResponse.Error(400, $"hei_id must be given once and be '{partner.HeiId}'.");
    }
}
