using System.Globalization;
using EwpGateway.Contracts.V1;
using Google.Protobuf.WellKnownTypes;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// Mapping of the common.proto types and conventions to the canonical model and back: empty strings are "not set"
/// (null in the model), dates are <c>YYYY-MM-DD</c>, instants are UTC timestamps, enums map member by member.
/// </summary>
internal static class CommonMapping
{
    /// <summary>Page size when the request leaves it at 0.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Largest page a list request gets; larger sizes are capped.</summary>
    public const int MaxPageSize = 500;

    private const string DateFormat = "yyyy-MM-dd";

    public static string? Optional(string value) => string.IsNullOrEmpty(value) ? null : value;

    public static Timestamp ToTimestamp(DateTimeOffset value) => Timestamp.FromDateTimeOffset(value);

    public static Timestamp? ToTimestamp(DateTimeOffset? value) => value is { } v ? Timestamp.FromDateTimeOffset(v) : null;

    /// <summary>A validated <c>YYYY-MM-DD</c> (empty: null).</summary>
    public static DateOnly? ToDate(string value) =>
        string.IsNullOrEmpty(value) ? null : DateOnly.ParseExact(value, DateFormat, CultureInfo.InvariantCulture);

    public static string ToDateString(DateOnly? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    public static Model.LocalizedText ToModel(LocalizedString text) => new() { Lang = Optional(text.Lang), Text = text.Text };

    public static LocalizedString ToProto(Model.LocalizedText text) => new() { Lang = text.Lang ?? "", Text = text.Text };

    public static Model.SubjectArea ToModel(SubjectArea area) =>
        new() { IscedFCode = area.IscedFCode, IscedClarification = Optional(area.IscedClarification) };

    public static SubjectArea ToProto(Model.SubjectArea area) =>
        new() { IscedFCode = area.IscedFCode, IscedClarification = area.IscedClarification ?? "" };

    /// <summary>
    /// A language skill. The model keeps no separate "not yet defined" flag: a skill without CEFR level is one whose
    /// level the partners have not defined yet.
    /// </summary>
    public static Model.LanguageSkill ToModel(LanguageSkill skill) => new()
    {
        Language = skill.Language,
        CefrLevel = skill.CefrLevel == CefrLevel.Unspecified ? null : skill.CefrLevel.ToString(),
        IscedFCode = Optional(skill.SubjectArea?.IscedFCode ?? ""),
        IscedClarification = Optional(skill.SubjectArea?.IscedClarification ?? ""),
    };

    public static LanguageSkill ToProto(Model.LanguageSkill skill) => new()
    {
        Language = skill.Language,
        CefrLevel = System.Enum.TryParse<CefrLevel>(skill.CefrLevel, ignoreCase: true, out var level) ? level : CefrLevel.Unspecified,
        SubjectArea = skill.IscedFCode is null ? null : new SubjectArea { IscedFCode = skill.IscedFCode, IscedClarification = skill.IscedClarification ?? "" },
        NotYetDefined = skill.CefrLevel is null,
    };

    public static Model.MobilityType ToModel(MobilityType type) => type switch
    {
        MobilityType.StudentStudies => Model.MobilityType.StudentStudies,
        MobilityType.StudentTraineeship => Model.MobilityType.StudentTraineeship,
        MobilityType.StaffTeaching => Model.MobilityType.StaffTeaching,
        MobilityType.StaffTraining => Model.MobilityType.StaffTraining,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Validated requests carry one of the four mobility types."),
    };

    public static MobilityType ToProto(Model.MobilityType type) => type switch
    {
        Model.MobilityType.StudentStudies => MobilityType.StudentStudies,
        Model.MobilityType.StudentTraineeship => MobilityType.StudentTraineeship,
        Model.MobilityType.StaffTeaching => MobilityType.StaffTeaching,
        Model.MobilityType.StaffTraining => MobilityType.StaffTraining,
        _ => MobilityType.Unspecified,
    };

    public static Model.ProvenanceSource? ToModel(Origin origin) => origin switch
    {
        Origin.Local => Model.ProvenanceSource.Local,
        Origin.Partner => Model.ProvenanceSource.Partner,
        _ => null,
    };

    public static Provenance ToProto(Model.Provenance provenance) => new()
    {
        Origin = provenance.Source == Model.ProvenanceSource.Partner ? Origin.Partner : Origin.Local,
        PartnerHeiId = provenance.PartnerHeiId ?? "",
        PartnerObjectId = provenance.PartnerObjectId ?? "",
        EwpVersion = provenance.EwpVersion ?? "",
        FirstSeen = ToTimestamp(provenance.FirstSeen),
        LastSeen = ToTimestamp(provenance.LastSeen),
        LastModified = ToTimestamp(provenance.LastModified),
    };

    /// <summary>The page size a list request asks for: 0 means <see cref="DefaultPageSize"/>, at most <see cref="MaxPageSize"/>.</summary>
    public static int PageSize(PageRequest? page) => page is null || page.PageSize <= 0 ? DefaultPageSize : Math.Min(page.PageSize, MaxPageSize);

    /// <summary>The request's page token, checked to be one of ours (InvalidArgument naming <c>page.page_token</c> otherwise).</summary>
    public static string? PageToken(PageRequest? page)
    {
        var token = Optional(page?.PageToken ?? "");
        try
        {
            Persistence.PageToken.Decode(token);
        }
        catch (ArgumentException)
        {
            throw new RequestValidationException([new FieldViolation("page.page_token", "must be a next_page_token returned by this list")]);
        }

        return token;
    }

    public static PageResponse ToPageResponse(string? nextPageToken) => new() { NextPageToken = nextPageToken ?? "" };
}
