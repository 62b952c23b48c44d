namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>Status of a nomination (EWP omobilities v3 <c>status</c> plus the receiving HEI's decision).</summary>
internal enum NominationStatus
{
    /// <summary>Submitted by the sending HEI, waiting for the receiving HEI.</summary>
    Nominated,

    /// <summary>Accepted by the receiving HEI.</summary>
    Accepted,

    /// <summary>Rejected by the receiving HEI.</summary>
    Rejected,

    /// <summary>Cancelled by the sending HEI.</summary>
    Cancelled,

    /// <summary>The mobility is running.</summary>
    Live,

    /// <summary>The mobility is over and recognised.</summary>
    Recognized,

    /// <summary>Created by our mobility system, not submitted yet: never visible to the partner.</summary>
    Draft,
}
