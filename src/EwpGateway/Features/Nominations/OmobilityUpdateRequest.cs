using System.Xml.Linq;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// One Outgoing Mobilities v3 update: <c>approve-proposal-v1</c> or <c>reject-proposal-v1</c> (the latter with its
/// mandatory comment). Read by our <c>update</c> endpoint, written by <see cref="OmobilityDecisionSender"/>.
/// </summary>
internal sealed record OmobilityUpdateRequest(bool Approve, string OmobilityId, string ProposalId, string? Comment)
{
    private static readonly XNamespace Ns = EwpNamespaces.OmobilitiesUpdateRequest;

    /// <summary>Reads a document already validated against <c>update-request.xsd</c>.</summary>
    /// <exception cref="FormatException">The document is not an <c>omobilities-update-request</c>.</exception>
    public static OmobilityUpdateRequest From(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var update = document.Root?.Name == Ns + "omobilities-update-request" ? document.Root.Elements().FirstOrDefault() : null;
        if (update is null || (update.Name != Ns + "approve-proposal-v1" && update.Name != Ns + "reject-proposal-v1"))
        {
            throw new FormatException("Expected an omobilities-update-request holding approve-proposal-v1 or reject-proposal-v1.");
        }

        return new OmobilityUpdateRequest(
            update.Name.LocalName == "approve-proposal-v1",
            update.Element(Ns + "omobility-id")?.Value.Trim() ?? "",
            update.Element(Ns + "proposal-id")?.Value ?? "",
            update.Element(Ns + "comment")?.Value);
    }

    /// <summary>The <c>omobilities-update-request</c> document (<c>update-request.xsd</c>); a reject always carries a comment.</summary>
    public XDocument ToDocument()
    {
        var update = new XElement(Ns + (Approve ? "approve-proposal-v1" : "reject-proposal-v1"),
            new XElement(Ns + "omobility-id", OmobilityId),
            new XElement(Ns + "proposal-id", ProposalId));
        if (!Approve)
        {
            update.Add(new XElement(Ns + "comment", Comment ?? ""));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "omobilities-update-request", update));
    }
}
