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

    /// <summary>
    /// <see cref="MobilityType.StudentStudies"/> or <see cref="MobilityType.StudentTraineeship"/>; null for
    /// nominations stored before the type was kept (they are student studies, the only type of omobilities v3).
    /// </summary>
    public MobilityType? MobilityType { get; set; }

    /// <summary>EWP <c>sending-academic-term-ewp-id</c>, e.g. <c>2025/2026-1/2</c> (first of two semesters).</summary>
    public string? SendingAcademicTermId { get; set; }

    /// <summary>EWP <c>activity-attributes</c>: <c>long-term</c>, <c>short-term-blended</c> or <c>short-term-doctoral</c>.</summary>
    public string? ActivityAttributes { get; set; }

    /// <summary>The <c>iia-id</c> of the agreement the mobility is done under, in the sending HEI's numbering.</summary>
    public string? IiaId { get; set; }

    /// <summary>Our <see cref="AggregateRoot.Id"/> of that agreement, when it is stored here.</summary>
    public string? AgreementId { get; set; }

    public NominationStatus Status { get; set; } = NominationStatus.Nominated;

    public List<NominationStatusChange> StatusHistory { get; set; } = [];

    /// <summary>Id of the current learning-agreement proposal, if any.</summary>
    public string? CurrentProposalId { get; set; }

    /// <summary>Comment of the last acceptance or rejection.</summary>
    public string? DecisionComment { get; set; }
}
