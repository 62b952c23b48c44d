using Refit;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>ToR CNR v2 sender: tells the sending partner a transcript of an incoming student changed.</summary>
/// <remarks>
/// Raw responses: the caller reads the status and the (verified, buffered) XML body and disposes the response.
/// The URL is the partner's endpoint URL from the registry (<see cref="PartnerApiResolver"/>); parameters are sent
/// as a form-urlencoded POST body, which every EWP read API accepts. A call that gets no verified response throws
/// Refit's <see cref="ApiRequestException"/> wrapping the cause (network error, timeout, open circuit, signature).
/// </remarks>
internal interface IImobilityTorCnrV2Client
{
    /// <summary>Posts <c>omobility_id</c> (repeatable, at most the partner's <c>max-omobility-ids</c>; v2 has no hei parameter).</summary>
    [Post("")]
    Task<HttpResponseMessage> NotifyAsync([Property(PartnerUrl.OptionKey)] Uri url, [Body] HttpContent form, CancellationToken cancellationToken);
}
