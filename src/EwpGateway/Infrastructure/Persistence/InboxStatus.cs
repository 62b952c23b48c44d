namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Where a received change notification is in its processing.</summary>
internal enum InboxStatus
{
    /// <summary>Waiting for the sync worker to fetch the object.</summary>
    Pending,

    /// <summary>The object was fetched and stored.</summary>
    Done,

    /// <summary>Fetching failed for good; kept visible for administrators.</summary>
    Failed,
}
