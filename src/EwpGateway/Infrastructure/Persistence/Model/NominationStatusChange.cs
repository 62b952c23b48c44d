namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>One entry of a nomination's status history.</summary>
internal sealed class NominationStatusChange
{
    public NominationStatus Status { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string? Comment { get; set; }
}
