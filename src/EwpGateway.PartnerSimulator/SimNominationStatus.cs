namespace EwpGateway.PartnerSimulator;

/// <summary>The Outgoing Mobilities v3 status of a nomination.</summary>
public enum SimNominationStatus
{
    /// <summary>Nominated, waiting for the receiving HEI (<c>pending</c>).</summary>
    Pending,

    /// <summary>Approved by the receiving HEI (<c>approved</c>).</summary>
    Approved,

    /// <summary>Rejected by the receiving HEI (<c>rejected</c>).</summary>
    Rejected,

    /// <summary>Cancelled by the sending HEI (<c>cancelled</c>).</summary>
    Cancelled,
}
