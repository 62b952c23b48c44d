namespace EwpGateway.PartnerSimulator;

/// <summary>A nomination of one of the partner's students to the gateway HEI (the partner is the sending HEI).</summary>
public sealed record SimNomination
{
    /// <summary>Gets the partner's omobility id.</summary>
    public required string OmobilityId { get; init; }

    /// <summary>Gets the student's given names.</summary>
    public required string GivenNames { get; init; }

    /// <summary>Gets the student's family name.</summary>
    public required string FamilyName { get; init; }

    /// <summary>Gets the student's e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the student's birth date.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Gets the sending HEI (the partner).</summary>
    public required string SendingHeiId { get; init; }

    /// <summary>Gets the receiving HEI (the gateway).</summary>
    public required string ReceivingHeiId { get; init; }

    /// <summary>Gets the sending HEI's IIA id the mobility belongs to.</summary>
    public string? IiaId { get; init; }

    /// <summary>Gets the receiving academic year, e.g. <c>2026/2027</c>.</summary>
    public required string ReceivingAcademicYearId { get; init; }

    /// <summary>Gets the sending academic term, e.g. <c>2026/2027-1/2</c> (default: the whole year).</summary>
    public string? SendingAcademicTermId { get; init; }

    /// <summary>Gets the planned arrival date (kept for tests; Outgoing Mobilities v3 has no place for it).</summary>
    public DateOnly? PlannedArrival { get; init; }

    /// <summary>Gets the planned departure date (kept for tests; Outgoing Mobilities v3 has no place for it).</summary>
    public DateOnly? PlannedDeparture { get; init; }

    /// <summary>Gets the ISCED-F code of the studies.</summary>
    public string? IscedCode { get; init; }

    /// <summary>Gets the EQF level at departure.</summary>
    public int? EqfLevel { get; init; }

    /// <summary>Gets the status.</summary>
    public SimNominationStatus Status { get; init; }

    /// <summary>Gets the current proposal id (changes with every change; the update API must name it).</summary>
    public string ProposalId { get; init; } = "";

    /// <summary>Gets when it last changed (set by <see cref="SimObjectSet{T}.Upsert"/>).</summary>
    public DateTimeOffset ModifiedAt { get; init; }
}
