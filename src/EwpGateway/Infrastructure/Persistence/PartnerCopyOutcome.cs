namespace EwpGateway.Infrastructure.Persistence;

/// <summary>What storing a partner's copy of an object did.</summary>
internal enum PartnerCopyOutcome
{
    /// <summary>First time seen: stored, one change-log row.</summary>
    Created,

    /// <summary>Its content changed (or it came back after being withdrawn): updated, one change-log row.</summary>
    Updated,

    /// <summary>Same content as stored: only its last-seen time moved, no change-log row.</summary>
    Unchanged,
}
