namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>Whether we send (outgoing) or receive (incoming) the student.</summary>
internal enum NominationDirection
{
    Outgoing,
    Incoming,
}
