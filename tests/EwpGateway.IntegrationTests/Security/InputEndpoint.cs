using EwpGateway.Features.Iias;
using EwpGateway.Features.Nominations;
using EwpGateway.Features.Transcripts;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>An EWP endpoint that takes parameters, with the parameter the suite attacks and the ones it needs besides.</summary>
/// <param name="Path">The path under the gateway's base address.</param>
/// <param name="Parameter">The parameter that carries the attack (the ids, where there are ids).</param>
/// <param name="Fixed">Other parameters the endpoint needs to get as far as reading <paramref name="Parameter"/>.</param>
/// <param name="PostOnly">Change notifications take POST only.</param>
internal sealed record InputEndpoint(string Path, string Parameter, IReadOnlyList<KeyValuePair<string, string>> Fixed, bool PostOnly = false)
{
    private static readonly KeyValuePair<string, string>[] Receiving = [new("receiving_hei_id", TestNetwork.ValidatorHeiIds[0])];

    /// <summary>Endpoints whose parameter is a repeatable id limited by a <c>max-*-ids</c>.</summary>
    public static IReadOnlyList<InputEndpoint> WithIds { get; } =
    [
        new("/ewp/iias/get", "iia_id", []),
        new("/ewp/iias-approval", "iia_id", []),
        new("/ewp/omobilities/get", "omobility_id", []),
        new("/ewp/imobility-tors/get", "omobility_id", Receiving),
        new("/ewp/institutions", "hei_id", []),
        Cnr(IiaCnrReceivers.IiaCnr.Path, IiaCnrReceivers.IiaCnr.IdParameter),
        Cnr(IiaCnrReceivers.IiaApprovalCnr.Path, IiaCnrReceivers.IiaApprovalCnr.IdParameter),
        Cnr(OmobilityCnrReceiver.Definition.Path, OmobilityCnrReceiver.Definition.IdParameter),
        Cnr(TorCnrReceiver.Definition.Path, TorCnrReceiver.Definition.IdParameter),
    ];

    /// <summary>Every endpoint that takes form or query parameters, with ids or with other values.</summary>
    public static IReadOnlyList<InputEndpoint> All { get; } =
    [
        .. WithIds,
        new("/ewp/echo", "echo", []),
        new("/ewp/iias/index", "modified_since", []),
        new("/ewp/omobilities/index", "modified_since", []),
        new("/ewp/imobility-tors/index", "modified_since", Receiving),
    ];

    public IEnumerable<string> Methods => PostOnly ? ["POST"] : ["GET", "POST"];

    /// <summary>(path, method) of every endpoint and method, for theories (paths serialise, records do not).</summary>
    public static TheoryData<string, string> AllWithMethods() => WithMethods(All);

    public static TheoryData<string, string> WithIdsAndMethods() => WithMethods(WithIds);

    public static InputEndpoint Of(string path) => All.Single(e => e.Path == path);

    /// <summary>The parameters of a request whose attacked parameter has <paramref name="values"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> With(params IEnumerable<string> values) =>
        [.. Fixed, .. values.Select(v => new KeyValuePair<string, string>(Parameter, v))];

    public override string ToString() => Path;

    private static InputEndpoint Cnr(string path, string parameter) => new("/" + path, parameter, [], PostOnly: true);

    private static TheoryData<string, string> WithMethods(IEnumerable<InputEndpoint> endpoints)
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in endpoints)
        {
            foreach (var method in endpoint.Methods)
            {
                data.Add(endpoint.Path, method);
            }
        }

        return data;
    }
}
