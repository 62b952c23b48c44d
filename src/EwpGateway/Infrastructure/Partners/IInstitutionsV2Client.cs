using Refit;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>Institutions v2.</summary>
/// <remarks>
/// Raw responses: the caller reads the status and the (verified, buffered) XML body and disposes the response.
/// The URL is the partner's endpoint URL from the registry (<see cref="PartnerApiResolver"/>); parameters are sent
/// as a form-urlencoded POST body, which every EWP read API accepts. A call that gets no verified response throws
/// Refit's <see cref="ApiRequestException"/> wrapping the cause (network error, timeout, open circuit, signature).
/// </remarks>
internal interface IInstitutionsV2Client
{
    /// <summary>Gets institutions by <c>hei_id</c> (at most the partner's <c>max-hei-ids</c>).</summary>
    [Post("")]
    Task<HttpResponseMessage> GetAsync([Property(PartnerUrl.OptionKey)] Uri url, [Body] HttpContent form, CancellationToken cancellationToken);
}
