using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Infrastructure.Protocol;

/// <summary>One change-notification receiver (CNR) API: where it listens and what it answers.</summary>
/// <param name="Path">The path under the gateway, e.g. <c>ewp/iia-cnr</c>.</param>
/// <param name="Kind">What a notification is recorded as.</param>
/// <param name="IdParameter">The id parameter, e.g. <c>iia_id</c>.</param>
/// <param name="MaxIds">How many ids one notification may carry (the manifest's <c>max-*-ids</c> where the API has one).</param>
/// <param name="ResponseElement">The empty response element, e.g. <c>iia-cnr-response</c>.</param>
/// <param name="ResponseNamespace">Its namespace.</param>
/// <param name="EntryNamespace">The namespace of the API's manifest entry.</param>
/// <param name="EntryElement">The manifest entry element, e.g. <c>iia-cnr</c>.</param>
/// <param name="Version">The API version served.</param>
/// <param name="AnnounceMaxIds">Whether the manifest entry carries <c>max-omobility-ids</c>.</param>
internal sealed record CnrDefinition(
    string Path,
    InboxKind Kind,
    string IdParameter,
    int MaxIds,
    string ResponseElement,
    string ResponseNamespace,
    string EntryNamespace,
    string EntryElement,
    string Version,
    bool AnnounceMaxIds);
