using Refit;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>Outgoing Mobilities v3 (nominations).</summary>
/// <remarks>
/// Raw responses: the caller reads the status and the (verified, buffered) XML body and disposes the response.
/// The URL is the partner's endpoint URL from the registry (<see cref="PartnerApiResolver"/>); parameters are sent
/// as a form-urlencoded POST body, which every EWP read API accepts. A call that gets no verified response throws
/// Refit's <see cref="ApiRequestException"/> wrapping the cause (network error, timeout, open circuit, signature).
/// </remarks>
internal interface IOmobilitiesV3Client
{
    /// <summary>Gets mobilities by <c>sending_hei_id</c> and <c>omobility_id</c> (at most <c>max-omobility-ids</c>).</summary>
    [Post("")]
    Task<HttpResponseMessage> GetAsync([Property(PartnerUrl.OptionKey)] Uri url, [Body] HttpContent form, CancellationToken cancellationToken);

    /// <summary>Lists mobility ids by <c>sending_hei_id</c>, optional <c>receiving_hei_id</c>, <c>receiving_academic_year_id</c>, <c>modified_since</c>.</summary>
    [Post("")]
    Task<HttpResponseMessage> IndexAsync([Property(PartnerUrl.OptionKey)] Uri url, [Body] HttpContent form, CancellationToken cancellationToken);

    /// <summary>Posts an <c>omobilities-update-request</c> XML document (accept or reject a nomination).</summary>
    [Post("")]
    Task<HttpResponseMessage> UpdateAsync([Property(PartnerUrl.OptionKey)] Uri url, [Body] HttpContent updateRequest, CancellationToken cancellationToken);
}
