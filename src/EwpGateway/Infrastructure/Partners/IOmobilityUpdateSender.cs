namespace EwpGateway.Infrastructure.Partners;

/// <summary>
/// Sends our decision (approve or reject) on an incoming nomination to its sending HEI with the Outgoing Mobilities v3
/// <c>update</c> call. Implemented by the nominations feature, called by the outbox, which owns retries across attempts.
/// </summary>
internal interface IOmobilityUpdateSender
{
    /// <summary>Sends the current decision on our nomination <paramref name="nominationId"/> to <paramref name="sendingHeiId"/>.</summary>
    /// <returns>
    /// Delivered; transient (try again later); or permanent: the partner does not implement the update, refused it
    /// (e.g. 409, a stale proposal, with the partner's user message), or there is no decision left to send.
    /// </returns>
    Task<PartnerDelivery> SendAsync(string sendingHeiId, string nominationId, CancellationToken cancellationToken);
}
