using Refit;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>IIA Approval CNR v2 sender: tells a partner we approved (or changed our approval of) its agreement.</summary>
/// <remarks>
/// Raw responses: the caller reads the status and the (verified, buffered) XML body and disposes the response.
/// The URL is the partner's endpoint URL from the registry (<see cref="PartnerApiResolver"/>); parameters are sent
/// as a form-urlencoded POST body, which every EWP read API accepts. A call that gets no verified response throws
/// Refit's <see cref="ApiRequestException"/> wrapping the cause (network error, timeout, open circuit, signature).
/// </remarks>
internal interface IIiaApprovalCnrV2Client
{
    /// <summary>Posts <c>iia_id</c>: the partner's id of the agreement we approved (v2 has no hei parameters).</summary>
    [Post("")]
    Task<HttpResponseMessage> NotifyAsync([Property(PartnerUrl.OptionKey)] Uri url, [Body] HttpContent form, CancellationToken cancellationToken);
}
