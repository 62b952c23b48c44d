using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// TranscriptService messages to the canonical <see cref="Model.Transcript"/> and back. The model binds a transcript
/// to its mobility by omobility-id, as EWP does; the nomination is looked up by the caller.
/// </summary>
internal static class TranscriptMapping
{
    /// <summary>
    /// How EWP names the nomination's mobility: the partner's omobility-id for an incoming one (we publish transcripts
    /// of incoming students), our id for an outgoing one.
    /// </summary>
    public static string OmobilityId(Model.Nomination nomination) =>
        nomination.Direction == Model.NominationDirection.Incoming && nomination.Provenance.PartnerObjectId is { } partnerId
            ? partnerId
            : nomination.Id;

    /// <summary>A local transcript of <paramref name="nomination"/>'s mobility; the ToR CNR goes to its sending HEI.</summary>
    public static Model.Transcript ToModel(Transcript transcript, Model.Nomination nomination) => new()
    {
        OmobilityId = OmobilityId(nomination),
        SendingHeiId = nomination.SendingHeiId,
        ReceivingHeiId = transcript.IssuerHeiId,
        Learner = new Model.Learner
        {
            GivenNames = transcript.Learner.GivenNames,
            FamilyName = transcript.Learner.FamilyName,
            BirthDate = CommonMapping.ToDate(transcript.Learner.BirthDate),
            Citizenship = CommonMapping.Optional(transcript.Learner.Citizenship),
            GlobalId = CommonMapping.Optional(transcript.Learner.GlobalId),
            Email = CommonMapping.Optional(transcript.Learner.Email),
        },
        IssueDate = new DateTimeOffset(CommonMapping.ToDate(transcript.IssueDate)!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        Results = [.. transcript.Results.Select(ToModel)],
        Attachments = [.. transcript.Attachments.Select(a => new Model.TranscriptAttachment
        {
            Title = a.Title,
            MediaType = a.MediaType,
            Content = a.Content.ToByteArray(),
        })],
        Provenance = new Model.Provenance { Source = Model.ProvenanceSource.Local },
    };

    /// <summary>The transcript as the API shows it; <paramref name="nominationId"/> is empty when the nomination is not stored here.</summary>
    public static Transcript ToProto(Model.Transcript transcript, string nominationId) => new()
    {
        Id = transcript.Id,
        Version = transcript.Version,
        NominationId = nominationId,
        OmobilityId = transcript.OmobilityId,
        IssuerHeiId = transcript.ReceivingHeiId,
        Learner = new Learner
        {
            GivenNames = transcript.Learner.GivenNames,
            FamilyName = transcript.Learner.FamilyName,
            BirthDate = CommonMapping.ToDateString(transcript.Learner.BirthDate),
            Citizenship = transcript.Learner.Citizenship ?? "",
            GlobalId = transcript.Learner.GlobalId ?? "",
            Email = transcript.Learner.Email ?? "",
        },
        Results = { transcript.Results.Select(ToProto) },
        Attachments = { transcript.Attachments.Select(a => new Attachment
        {
            Title = a.Title,
            MediaType = a.MediaType,
            // Wrapped, not copied: the array is read once here and never changed (a PDF weighs megabytes).
            Content = Google.Protobuf.UnsafeByteOperations.UnsafeWrap(a.Content),
        }) },
        IssueDate = CommonMapping.ToDateString(DateOnly.FromDateTime(transcript.IssueDate.UtcDateTime)),
        Provenance = CommonMapping.ToProto(transcript.Provenance),
        CreatedAt = CommonMapping.ToTimestamp(transcript.Provenance.FirstSeen),
        UpdatedAt = CommonMapping.ToTimestamp(transcript.Provenance.LastModified),
    };

    /// <summary><see cref="Model.TranscriptResult.Title"/> is the first non-blank title, for readers that show one.</summary>
    private static Model.TranscriptResult ToModel(CourseResult result) => new()
    {
        CourseCode = result.Code,
        Title = result.Titles.Select(t => t.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "",
        Titles = [.. result.Titles.Select(CommonMapping.ToModel)],
        Status = CommonMapping.Optional(result.Status),
        ResultDate = CommonMapping.ToDate(result.ResultDate),
        EctsCredits = (decimal)result.EctsCredits,
        Grade = CommonMapping.Optional(result.Grade),
        GradingScheme = CommonMapping.Optional(result.GradingScheme),
        HomeGrade = CommonMapping.Optional(result.ConvertedHomeGrade),
    };

    /// <summary>Results stored before titles were kept per language have only <see cref="Model.TranscriptResult.Title"/>.</summary>
    private static CourseResult ToProto(Model.TranscriptResult result) => new()
    {
        Code = result.CourseCode ?? "",
        Titles = { result.Titles.Count > 0 ? result.Titles.Select(CommonMapping.ToProto) : new[] { new LocalizedString { Text = result.Title } } },
        Status = result.Status ?? "",
        ResultDate = CommonMapping.ToDateString(result.ResultDate),
        EctsCredits = (double)(result.EctsCredits ?? 0),
        Grade = result.Grade ?? "",
        GradingScheme = result.GradingScheme ?? "",
        ConvertedHomeGrade = result.HomeGrade ?? "",
    };
}
