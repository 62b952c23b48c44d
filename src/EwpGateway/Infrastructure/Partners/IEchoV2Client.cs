using Refit;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>Echo v2: checks that a partner accepts our signed requests and signs its responses.</summary>
/// <remarks>
/// Raw responses: the caller reads the status and the (verified, buffered) XML body and disposes the response.
/// The URL is the partner's endpoint URL from the registry (<see cref="PartnerApiResolver"/>); parameters are sent
/// as a form-urlencoded POST body, which every EWP read API accepts. A call that gets no verified response throws
/// Refit's <see cref="ApiRequestException"/> wrapping the cause (network error, timeout, open circuit, signature).
/// </remarks>
internal interface IEchoV2Client
{
    /// <summary>Posts <c>echo</c> values; the response echoes them with the HEIs our key covers.</summary>
    [Post("")]
    Task<HttpResponseMessage> EchoAsync([Property(PartnerUrl.OptionKey)] Uri url, [Body] HttpContent form, CancellationToken cancellationToken);
}
