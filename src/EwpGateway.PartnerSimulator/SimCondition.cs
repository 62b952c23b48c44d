namespace EwpGateway.PartnerSimulator;

/// <summary>One cooperation condition of a <see cref="SimAgreement"/>.</summary>
public sealed record SimCondition
{
    /// <summary>Gets the condition type.</summary>
    public required SimConditionType Type { get; init; }

    /// <summary>Gets the sending HEI.</summary>
    public required string SendingHeiId { get; init; }

    /// <summary>Gets the receiving HEI.</summary>
    public required string ReceivingHeiId { get; init; }

    /// <summary>Gets the first receiving academic year, e.g. <c>2026/2027</c>.</summary>
    public required string FirstAcademicYear { get; init; }

    /// <summary>Gets the last receiving academic year, e.g. <c>2028/2029</c>.</summary>
    public required string LastAcademicYear { get; init; }

    /// <summary>Gets the number of mobilities per year.</summary>
    public required int MobilitiesPerYear { get; init; }

    /// <summary>Gets the total months per year (student conditions).</summary>
    public decimal? TotalMonths { get; init; }

    /// <summary>Gets the total days per year (staff conditions).</summary>
    public decimal? TotalDays { get; init; }

    /// <summary>Gets the ISCED-F codes (four digits) of the subject areas.</summary>
    public IReadOnlyList<string> IscedCodes { get; init; } = [];

    /// <summary>Gets the EQF levels (student studies).</summary>
    public IReadOnlyList<int> EqfLevels { get; init; } = [];

    /// <summary>Gets the recommended language and its CEFR level, e.g. (<c>en</c>, <c>B2</c>).</summary>
    public (string Language, string CefrLevel)? Language { get; init; }

    /// <summary>Gets a value indicating whether the mobility is blended (student conditions).</summary>
    public bool Blended { get; init; }
}
