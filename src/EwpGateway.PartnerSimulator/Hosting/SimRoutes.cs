namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>Where each endpoint lives: under a partner's base URL, and under the gateway's base URL.</summary>
internal static class SimRoutes
{
    public static readonly IReadOnlyDictionary<SimEndpoint, string> PartnerPaths = new Dictionary<SimEndpoint, string>
    {
        [SimEndpoint.Manifest] = "manifest",
        [SimEndpoint.Echo] = "echo",
        [SimEndpoint.Institutions] = "institutions",
        [SimEndpoint.IiasGet] = "iias/get",
        [SimEndpoint.IiasIndex] = "iias/index",
        [SimEndpoint.IiasApproval] = "iias-approval",
        [SimEndpoint.OmobilitiesGet] = "omobilities/get",
        [SimEndpoint.OmobilitiesIndex] = "omobilities/index",
        [SimEndpoint.OmobilitiesUpdate] = "omobilities/update",
        [SimEndpoint.TorsGet] = "imobility-tors/get",
        [SimEndpoint.TorsIndex] = "imobility-tors/index",
        [SimEndpoint.IiaCnr] = "iia-cnr",
        [SimEndpoint.IiaApprovalCnr] = "iia-approval-cnr",
        [SimEndpoint.OmobilityCnr] = "omobility-cnr",
        [SimEndpoint.TorCnr] = "imobility-tor-cnr",
    };

    /// <summary>The gateway's own paths (its <c>*Endpoints.cs</c> and CNR definitions).</summary>
    public static readonly IReadOnlyDictionary<SimEndpoint, string> GatewayPaths = new Dictionary<SimEndpoint, string>
    {
        [SimEndpoint.Manifest] = "ewp/manifest",
        [SimEndpoint.Echo] = "ewp/echo",
        [SimEndpoint.Institutions] = "ewp/institutions",
        [SimEndpoint.IiasGet] = "ewp/iias/get",
        [SimEndpoint.IiasIndex] = "ewp/iias/index",
        [SimEndpoint.IiasApproval] = "ewp/iias-approval",
        [SimEndpoint.OmobilitiesGet] = "ewp/omobilities/get",
        [SimEndpoint.OmobilitiesIndex] = "ewp/omobilities/index",
        [SimEndpoint.OmobilitiesUpdate] = "ewp/omobilities/update",
        [SimEndpoint.TorsGet] = "ewp/imobility-tors/get",
        [SimEndpoint.TorsIndex] = "ewp/imobility-tors/index",
        [SimEndpoint.IiaCnr] = "ewp/iia-cnr",
        [SimEndpoint.IiaApprovalCnr] = "ewp/iia-approval-cnr",
        [SimEndpoint.OmobilityCnr] = "ewp/omobility-cnr",
        [SimEndpoint.TorCnr] = "ewp/imobility-tor-cnr",
    };

    /// <summary>The gateway's IIAs <c>stats</c> path (the simulator does not serve stats).</summary>
    public const string GatewayIiasStatsPath = "ewp/iias/stats";

    public static bool IsCnr(SimEndpoint endpoint) =>
        endpoint is SimEndpoint.IiaCnr or SimEndpoint.IiaApprovalCnr or SimEndpoint.OmobilityCnr or SimEndpoint.TorCnr;

    /// <summary>The endpoint that receives a CNR of <paramref name="kind"/>.</summary>
    public static SimEndpoint ReceiverOf(SimCnrKind kind) => kind switch
    {
        SimCnrKind.Iia => SimEndpoint.IiaCnr,
        SimCnrKind.IiaApproval => SimEndpoint.IiaApprovalCnr,
        SimCnrKind.Omobility => SimEndpoint.OmobilityCnr,
        _ => SimEndpoint.TorCnr,
    };

    public static Uri Combine(Uri baseUrl, string path)
    {
        var text = baseUrl.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text + path : text + "/" + path);
    }
}
