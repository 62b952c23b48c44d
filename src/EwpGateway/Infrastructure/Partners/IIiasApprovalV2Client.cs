using Refit;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>IIAs Approval v2: which of our agreements the partner approved, with the hash it approved.</summary>
/// <remarks>
/// Raw responses: the caller reads the status and the (verified, buffered) XML body and disposes the response.
/// The URL is the partner's endpoint URL from the registry (<see cref="PartnerApiResolver"/>); parameters are sent
/// as a form-urlencoded POST body, which every EWP read API accepts. A call that gets no verified response throws
/// Refit's <see cref="ApiRequestException"/> wrapping the cause (network error, timeout, open circuit, signature).
/// </remarks>
internal interface IIiasApprovalV2Client
{
    /// <summary>Gets approvals by <c>approving_hei_id</c>, <c>owner_hei_id</c> and <c>iia_id</c>.</summary>
    [Post("")]
    Task<HttpResponseMessage> GetAsync([Property(PartnerUrl.OptionKey)] Uri url, [Body] HttpContent form, CancellationToken cancellationToken);
}
