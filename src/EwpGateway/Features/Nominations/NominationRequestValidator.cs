using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Nominations;

/// <summary>Checks NominationService write requests (omobilities v3 semantics); throws <see cref="RequestValidationException"/>.</summary>
internal static class NominationRequestValidator
{
    /// <summary>The omobilities v3 <c>MobilityActivityAttributes</c>.</summary>
    private static readonly string[] s_activityAttributes = ["long-term", "short-term-blended", "short-term-doctoral"];

    public static void Validate(CreateNominationRequest request)
    {
        var violations = new RequestViolations();
        violations.IdempotencyKey("idempotency_key", request.IdempotencyKey);
        if (violations.Required("nomination", request.Nomination))
        {
            if (request.Nomination.Direction == NominationDirection.Incoming)
            {
                violations.Add("nomination.direction", "must be OUTGOING: incoming nominations come from partners");
            }

            ValidateNomination(violations, request.Nomination);
        }

        violations.ThrowIfAny();
    }

    public static void Validate(UpdateNominationRequest request)
    {
        var violations = new RequestViolations();
        violations.ExpectedVersion("expected_version", request.ExpectedVersion);
        if (violations.Required("nomination", request.Nomination))
        {
            violations.Required("nomination.id", request.Nomination.Id);
            ValidateNomination(violations, request.Nomination);
        }

        violations.ThrowIfAny();
    }

    public static void Validate(SubmitNominationRequest request) => ValidateTransition(request.Id, request.ExpectedVersion);

    public static void Validate(CancelNominationRequest request) => ValidateTransition(request.Id, request.ExpectedVersion);

    public static void Validate(AcceptNominationRequest request)
    {
        var violations = new RequestViolations();
        violations.Required("id", request.Id);
        violations.ExpectedVersion("expected_version", request.ExpectedVersion);
        violations.Required("proposal_id", request.ProposalId);
        violations.ThrowIfAny();
    }

    public static void Validate(RejectNominationRequest request)
    {
        var violations = new RequestViolations();
        violations.Required("id", request.Id);
        violations.ExpectedVersion("expected_version", request.ExpectedVersion);
        violations.Required("proposal_id", request.ProposalId);
        violations.Required("comment", request.Comment);
        violations.ThrowIfAny();
    }

    private static void ValidateTransition(string id, long expectedVersion)
    {
        var violations = new RequestViolations();
        violations.Required("id", id);
        violations.ExpectedVersion("expected_version", expectedVersion);
        violations.ThrowIfAny();
    }

    private static void ValidateNomination(RequestViolations violations, Nomination nomination)
    {
        if (violations.Required("nomination.student", nomination.Student))
        {
            var student = nomination.Student;
            violations.Required("nomination.student.given_names", student.GivenNames);
            violations.Required("nomination.student.family_name", student.FamilyName);
            violations.Email("nomination.student.email", student.Email, required: true);
            violations.Date("nomination.student.birth_date", student.BirthDate);
            if (student.Gender is not (0 or 1 or 2 or 9))
            {
                violations.Add("nomination.student.gender", "must be an ISO/IEC 5218 code: 0, 1, 2 or 9");
            }
        }

        violations.SchacId("nomination.sending_hei_id", nomination.SendingHeiId);
        violations.SchacId("nomination.receiving_hei_id", nomination.ReceivingHeiId);
        if (!string.IsNullOrEmpty(nomination.SendingHeiId) && nomination.SendingHeiId == nomination.ReceivingHeiId)
        {
            violations.Add("nomination.receiving_hei_id", "must differ from sending_hei_id");
        }

        violations.AcademicYear("nomination.receiving_academic_year_id", nomination.ReceivingAcademicYearId);
        violations.DateRange("nomination.planned_start_date", nomination.PlannedStartDate,
            "nomination.planned_end_date", nomination.PlannedEndDate);
        if (nomination.MobilityType is not (MobilityType.StudentStudies or MobilityType.StudentTraineeship))
        {
            violations.Add("nomination.mobility_type", "must be STUDENT_STUDIES or STUDENT_TRAINEESHIP");
        }

        if (nomination.SendingAcademicTermId.Length > 0 && !IsAcademicTermId(nomination.SendingAcademicTermId))
        {
            violations.Add("nomination.sending_academic_term_id", "must be an EWP academic term id such as 2025/2026-1/2");
        }

        if (nomination.ActivityAttributes.Length > 0 && !s_activityAttributes.Contains(nomination.ActivityAttributes))
        {
            violations.Add("nomination.activity_attributes", "must be long-term, short-term-blended or short-term-doctoral");
        }

        violations.IscedF("nomination.nominee_isced_f_code", nomination.NomineeIscedFCode, required: false);
        violations.Eqf("nomination.eqf_level_studied_at_departure", nomination.EqfLevelStudiedAtDeparture, required: false);
    }

    /// <summary>EWP <c>EwpAcademicTermId</c>: an academic year id, then the term's number and the year's number of terms.</summary>
    private static bool IsAcademicTermId(string value)
    {
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !EwpFormats.IsAcademicYearId(value[..dash]))
        {
            return false;
        }

        var term = value[(dash + 1)..];
        return term.Length == 3 && term[1] == '/' && term[0] is >= '1' and <= '9' && term[2] is >= '1' and <= '9';
    }
}
