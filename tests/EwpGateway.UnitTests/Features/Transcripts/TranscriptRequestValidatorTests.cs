using EwpGateway.Contracts.V1;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Grpc;
using Google.Protobuf;

namespace EwpGateway.UnitTests.Features.Transcripts;

public sealed class TranscriptRequestValidatorTests
{
    public static TheoryData<string, Action<Transcript>> Failures => new()
    {
        { "transcript.nomination_id", t => t.NominationId = "" },
        { "transcript.issuer_hei_id", t => t.IssuerHeiId = "UTwente" },
        { "transcript.issue_date", t => t.IssueDate = "2026-02-31" },
        { "transcript.learner.family_name", t => t.Learner.FamilyName = "" },
        { "transcript.results[0].code", t => t.Results[0].Code = "" },
        { "transcript.results[0].titles", t => t.Results[0].Titles.Clear() },
        { "transcript.results[0].ects_credits", t => t.Results[0].EctsCredits = 0 },
        { "transcript.attachments[0].media_type", t => t.Attachments[0].MediaType = "pdf" },
        { "transcript.attachments[0].content", t => t.Attachments[0].Content = ByteString.Empty },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Validate_PublishWithInvalidField_ViolationNamesField(string field, Action<Transcript> change)
    {
        var request = ValidPublish();
        change(request.Transcript);

        var ex = Assert.Throws<RequestValidationException>(() => TranscriptRequestValidator.Validate(request));

        Assert.Contains(field, ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Validate_ValidPublish_Passes() => TranscriptRequestValidator.Validate(ValidPublish());

    private static PublishTranscriptRequest ValidPublish() => new()
    {
        IdempotencyKey = "key-1",
        Transcript = new Transcript
        {
            NominationId = "n1",
            IssuerHeiId = "utwente.nl",
            IssueDate = "2026-02-15",
            Learner = new Learner { GivenNames = "Ana", FamilyName = "Silva" },
            Results =
            {
                new CourseResult
                {
                    Code = "202001234",
                    Titles = { new LocalizedString { Lang = "en", Text = "Signal processing" } },
                    EctsCredits = 5,
                    Grade = "8",
                    GradingScheme = "NL 1-10",
                    ConvertedHomeGrade = "16",
                },
            },
            Attachments = { new Attachment { Title = "Transcript", MediaType = "application/pdf", Content = ByteString.CopyFromUtf8("%PDF-1.7") } },
        },
    };
}
