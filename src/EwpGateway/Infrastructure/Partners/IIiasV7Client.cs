using Refit;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>Interinstitutional Agreements v7 (read).</summary>
/// <remarks>
/// Raw responses: the caller reads the status and the (verified, buffered) XML body and disposes the response.
/// The URL is the partner's endpoint URL from the registry (<see cref="PartnerApiResolver"/>); parameters are sent
/// as a form-urlencoded POST body, which every EWP read API accepts. A call that gets no verified response throws
/// Refit's <see cref="ApiRequestException"/> wrapping the cause (network error, timeout, open circuit, signature).
/// </remarks>
internal interface IIiasV7Client
{
    /// <summary>Gets agreements by <c>hei_id</c> and <c>iia_id</c> (at most <c>max-iia-ids</c>).</summary>
    [Post("")]
    Task<HttpResponseMessage> GetAsync([Property(PartnerUrl.OptionKey)] Uri url, [Body] HttpContent form, CancellationToken cancellationToken);

    /// <summary>Lists agreement ids by <c>hei_id</c>, optional <c>receiving_academic_year_id</c> and <c>modified_since</c>.</summary>
    [Post("")]
    Task<HttpResponseMessage> IndexAsync([Property(PartnerUrl.OptionKey)] Uri url, [Body] HttpContent form, CancellationToken cancellationToken);
}
