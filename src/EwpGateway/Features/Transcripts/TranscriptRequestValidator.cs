using System.Text.RegularExpressions;
using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;

namespace EwpGateway.Features.Transcripts;

/// <summary>Checks PublishTranscript requests (what an ELMO report needs); throws <see cref="RequestValidationException"/>.</summary>
internal static partial class TranscriptRequestValidator
{
    /// <summary>Largest attachment accepted: ToR responses carry attachments inline, partners cap their size.</summary>
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;

    public static void Validate(PublishTranscriptRequest request)
    {
        var violations = new RequestViolations();
        violations.IdempotencyKey("idempotency_key", request.IdempotencyKey);
        if (request.ExpectedVersion < 0)
        {
            violations.Add("expected_version", "must be 0 for a first transcript or the current version");
        }

        if (violations.Required("transcript", request.Transcript))
        {
            ValidateTranscript(violations, request.Transcript);
        }

        violations.ThrowIfAny();
    }

    private static void ValidateTranscript(RequestViolations violations, Transcript transcript)
    {
        violations.Required("transcript.nomination_id", transcript.NominationId);
        violations.SchacId("transcript.issuer_hei_id", transcript.IssuerHeiId);
        violations.Date("transcript.issue_date", transcript.IssueDate, required: true);
        if (violations.Required("transcript.learner", transcript.Learner))
        {
            violations.Required("transcript.learner.given_names", transcript.Learner.GivenNames);
            violations.Required("transcript.learner.family_name", transcript.Learner.FamilyName);
            violations.Date("transcript.learner.birth_date", transcript.Learner.BirthDate);
            violations.Email("transcript.learner.email", transcript.Learner.Email);
        }

        for (var i = 0; i < transcript.Results.Count; i++)
        {
            var result = transcript.Results[i];
            var field = $"transcript.results[{i}]";
            violations.Required(field + ".code", result.Code);
            violations.LocalizedStrings(field + ".titles", result.Titles, required: true);
            violations.Positive(field + ".ects_credits", result.EctsCredits);
            violations.Date(field + ".result_date", result.ResultDate);
        }

        for (var i = 0; i < transcript.Attachments.Count; i++)
        {
            var attachment = transcript.Attachments[i];
            var field = $"transcript.attachments[{i}]";
            violations.Required(field + ".title", attachment.Title);
            if (violations.Required(field + ".media_type", attachment.MediaType) && !MediaTypePattern().IsMatch(attachment.MediaType))
            {
                violations.Add(field + ".media_type", "must be a media type such as application/pdf");
            }

            if (attachment.Content.IsEmpty)
            {
                violations.Add(field + ".content", "is required");
            }
            else if (attachment.Content.Length > MaxAttachmentBytes)
            {
                violations.Add(field + ".content", $"must be at most {MaxAttachmentBytes} bytes");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MediaTypePattern();
}
