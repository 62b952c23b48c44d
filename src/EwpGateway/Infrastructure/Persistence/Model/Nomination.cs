namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A student mobility nomination (EWP outgoing mobilities v3), outgoing or incoming.</summary>
internal sealed class Nomination : AggregateRoot
{
    public NominationDirection Direction { get; set; }

    public Student Student { get; set; } = new();

    public string SendingHeiId { get; set; } = "";

    public string? SendingOunitId { get; set; }

    public string ReceivingHeiId { get; set; } = "";

    public string? ReceivingOunitId { get; set; }

    /// <summary>EWP academic year id at the receiving HEI, e.g. <c>2025/2026</c>.</summary>
    public string ReceivingAcademicYearId { get; set; } = "";

    public DateOnly? PlannedArrivalDate { get; set; }

    public DateOnly? PlannedDepartureDate { get; set; }

    public int? EqfLevel { get; set; }

    public string? IscedFCode { get; set; }

    public NominationStatus Status { get; set; } = NominationStatus.Nominated;

    public List<NominationStatusChange> StatusHistory { get; set; } = [];

    /// <summary>Id of the current learning-agreement proposal, if any.</summary>
    public string? CurrentProposalId { get; set; }

    /// <summary>Comment of the last acceptance or rejection.</summary>
    public string? DecisionComment { get; set; }
}
