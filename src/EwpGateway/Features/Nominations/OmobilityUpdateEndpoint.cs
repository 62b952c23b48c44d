using System.Xml;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;
using Microsoft.Net.Http.Headers;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// The Outgoing Mobilities v3 <c>update</c> endpoint (POST, XML body): the receiving HEI approves or rejects the
/// current proposal of one of our outgoing nominations. Unknown or not visible mobility: 400 (the same answer for
/// both, so that the endpoint does not reveal other partners' ids); stale <c>proposal-id</c>: 409.
/// </summary>
internal static class OmobilityUpdateEndpoint
{
    public const string RequestXsd = "_registry-service-bundled/ewp-specs-api-omobilities-v3.0.0/endpoints/update-request.xsd";

    /// <summary>An update request is a few hundred characters; 64 Ki leaves room for long comments.</summary>
    private const long MaxCharacters = 64 * 1024;

    private const string StaleUserMessage =
        "Your copy of the mobility is not up to date. Please refresh your copy from our servers and repeat your request.";

    public static async Task<IResult> HandleAsync(HttpContext context, OmobilityQueries queries, NominationStore store, CancellationToken ct)
    {
        if (!IsXml(context.Request.ContentType))
        {
            return new EwpErrorResult(StatusCodes.Status415UnsupportedMediaType,
                $"The update request must be an omobilities-update-request sent as text/xml (or application/xml); got Content-Type '{context.Request.ContentType}'.");
        }

        XDocument document;
        try
        {
            document = await HardenedXml.LoadAsync(context.Request.Body, MaxCharacters, ct);
        }
        catch (XmlException ex)
        {
            return EwpErrorResult.BadRequest($"The request body is not well-formed XML (or is too large or has a DTD): {ex.Message}");
        }

        var errors = EwpSchemas.Default.Validate(document, RequestXsd);
        if (errors.Count > 0)
        {
            return EwpErrorResult.BadRequest(
                $"The request body is not a valid omobilities-update-request (Outgoing Mobilities v3 update-request.xsd): {string.Join("; ", errors.Take(5))}");
        }

        var update = OmobilityUpdateRequest.From(document);
        var visible = await queries.VisibleAsync(EwpCaller.HeiIds(context.User), [update.OmobilityId], null, ct);
        if (visible.Count == 0)
        {
            return EwpErrorResult.BadRequest(
                $"There is no outgoing mobility '{update.OmobilityId}' received by an HEI your key covers.");
        }

        if (!string.Equals(OmobilityProposal.IdOf(visible[0]), update.ProposalId, StringComparison.Ordinal))
        {
            return Stale(update);
        }

        try
        {
            await store.DecideProposalAsync(update.OmobilityId, update.ProposalId, update.Approve, update.Comment, ct);
        }
        catch (StaleProposalException)
        {
            return Stale(update);
        }
        catch (InvalidStateTransitionException ex)
        {
            return new EwpErrorResult(StatusCodes.Status409Conflict, ex.Message,
                "This mobility can no longer be approved or rejected (it was cancelled or has started). Please refresh your copy from our servers.");
        }

        return new OmobilitiesUpdateResult(update.Approve
            ? $"The nomination {update.OmobilityId} is now approved."
            : $"The nomination {update.OmobilityId} is now rejected.");
    }

    private static EwpErrorResult Stale(OmobilityUpdateRequest update) => new(
        StatusCodes.Status409Conflict,
        $"proposal-id '{update.ProposalId}' is not the current proposal of mobility '{update.OmobilityId}'; fetch it again with get.",
        StaleUserMessage);

    private static bool IsXml(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("text/xml", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Equals("application/xml", StringComparison.OrdinalIgnoreCase));
}
