namespace EwpGateway.Features.Transcripts;

/// <summary>
/// How partners' grades are converted to our home scale when their transcripts are pulled (section
/// <c>Ewp:Tors:GradeConversion</c>). The partner's grade (<see cref="Infrastructure.Persistence.Model.TranscriptResult.Grade"/>)
/// is never changed; the result goes to <see cref="Infrastructure.Persistence.Model.TranscriptResult.HomeGrade"/>.
/// The rule, first match wins:
/// <list type="number">
/// <item>An explicit table of <see cref="Mappings"/> for the result's scheme (the one naming the partner before one for
/// every partner) that lists the grade: its home grade.</item>
/// <item>Otherwise the ECTS grade distribution (percentile) method: the partner's distribution of passing grades is
/// the ToR's <c>gradeConversionTable</c> row set for the result's ISCED code (or the only one given), else the
/// result's own <c>resultDistribution</c>; it is read best grade first, as ECTS grading tables are written. The
/// grade's band of that distribution (the percentages of the better grades up to and including its own) has a
/// middle percentile; the home grade is the one of <see cref="HomeDistribution"/> whose band holds that percentile.
/// E.g. a grade given to the 5-10% best students (middle 7.5%) becomes <c>17</c> on the default scale below.</item>
/// <item>Otherwise (no table, a failing grade absent from the distribution): no home grade.</item>
/// </list>
/// </summary>
internal sealed class GradeConversionOptions
{
    public const string SectionName = "Ewp:Tors:GradeConversion";

    /// <summary>The distribution used when <see cref="HomeDistribution"/> is not configured.</summary>
    public static readonly IReadOnlyList<HomeGradeShare> DefaultHomeDistribution =
    [
        new() { Grade = "18", Percentage = 3 },
        new() { Grade = "17", Percentage = 5 },
        new() { Grade = "16", Percentage = 8 },
        new() { Grade = "15", Percentage = 12 },
        new() { Grade = "14", Percentage = 15 },
        new() { Grade = "13", Percentage = 17 },
        new() { Grade = "12", Percentage = 16 },
        new() { Grade = "11", Percentage = 13 },
        new() { Grade = "10", Percentage = 11 },
    ];

    /// <summary>
    /// Our home scale's distribution of passing grades, best first, percentages adding up to 100 (from the
    /// institution's ECTS grading table). Default: the French 0-20 scale, passing grades 10 to 18 with the shares of
    /// <see cref="DefaultHomeDistribution"/> (18: 3%, 17: 5%, 16: 8%, 15: 12%, 14: 15%, 13: 17%, 12: 16%, 11: 13%,
    /// 10: 11%); replace it with your own statistics.
    /// </summary>
    public List<HomeGradeShare>? HomeDistribution { get; set; }

    /// <summary>Explicit tables per partner grading scheme, which win over the distribution method. Default: none.</summary>
    public List<GradeMapping> Mappings { get; set; } = [];

    /// <summary>The configured distribution, or the default one.</summary>
    public IReadOnlyList<HomeGradeShare> EffectiveHomeDistribution =>
        HomeDistribution is { Count: > 0 } configured ? configured : DefaultHomeDistribution;
}
