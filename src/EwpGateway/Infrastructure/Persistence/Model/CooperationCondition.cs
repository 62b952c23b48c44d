namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>One cooperation condition of an IIA (EWP <c>*-mobility-spec</c>).</summary>
internal sealed class CooperationCondition
{
    public MobilityType MobilityType { get; set; }

    public string SendingHeiId { get; set; } = "";

    public string? SendingOunitId { get; set; }

    public string ReceivingHeiId { get; set; } = "";

    public string? ReceivingOunitId { get; set; }

    /// <summary>EWP academic year id, e.g. <c>2025/2026</c>.</summary>
    public string ReceivingFirstAcademicYearId { get; set; } = "";

    public string ReceivingLastAcademicYearId { get; set; } = "";

    /// <summary>The value of <c>mobilities-per-year</c>; kept even when <see cref="MobilitiesPerYearNotYetDefined"/>.</summary>
    public int? MobilitiesPerYear { get; set; }

    /// <summary>EWP <c>not-yet-defined</c> on <c>mobilities-per-year</c> (a v6 agreement that lacks the value).</summary>
    public bool MobilitiesPerYearNotYetDefined { get; set; }

    /// <summary>Student mobilities: total months per year for all mobilities.</summary>
    public decimal? TotalMonthsPerYear { get; set; }

    /// <summary>Staff mobilities: total days per year for all mobilities.</summary>
    public decimal? TotalDaysPerYear { get; set; }

    public List<SubjectArea> SubjectAreas { get; set; } = [];

    public List<EqfLevel> EqfLevels { get; set; } = [];

    public List<LanguageSkill> RecommendedLanguageSkills { get; set; } = [];

    /// <summary>Whether blended mobility (physical + virtual) is allowed.</summary>
    public bool Blended { get; set; }

    public string? OtherInfo { get; set; }
}
