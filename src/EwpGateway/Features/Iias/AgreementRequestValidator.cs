using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;

namespace EwpGateway.Features.Iias;

/// <summary>Checks AgreementService write requests against what IIAs v7 accepts; throws <see cref="RequestValidationException"/>.</summary>
internal static class AgreementRequestValidator
{
    public static void Validate(CreateAgreementRequest request)
    {
        var violations = new RequestViolations();
        violations.IdempotencyKey("idempotency_key", request.IdempotencyKey);
        if (violations.Required("agreement", request.Agreement))
        {
            ValidateAgreement(violations, request.Agreement);
        }

        violations.ThrowIfAny();
    }

    public static void Validate(UpdateAgreementRequest request)
    {
        var violations = new RequestViolations();
        violations.ExpectedVersion("expected_version", request.ExpectedVersion);
        if (violations.Required("agreement", request.Agreement))
        {
            violations.Required("agreement.id", request.Agreement.Id);
            ValidateAgreement(violations, request.Agreement);
        }

        violations.ThrowIfAny();
    }

    public static void Validate(ApproveAgreementRequest request)
    {
        var violations = new RequestViolations();
        violations.Required("id", request.Id);
        violations.ExpectedVersion("expected_version", request.ExpectedVersion);
        if (violations.Required("iia_hash", request.IiaHash)
            && (request.IiaHash.Length != 64 || !request.IiaHash.All(char.IsAsciiHexDigitLower)))
        {
            violations.Add("iia_hash", "must be the 64 lower-case hex digits of a SHA-256 hash");
        }

        violations.ThrowIfAny();
    }

    public static void Validate(TerminateAgreementRequest request)
    {
        var violations = new RequestViolations();
        violations.Required("id", request.Id);
        violations.ExpectedVersion("expected_version", request.ExpectedVersion);
        violations.ThrowIfAny();
    }

    private static void ValidateAgreement(RequestViolations violations, Agreement agreement)
    {
        if (agreement.Partners.Count != 2)
        {
            violations.Add("agreement.partners", "must list exactly two partners");
        }

        for (var i = 0; i < agreement.Partners.Count; i++)
        {
            var partner = agreement.Partners[i];
            var field = $"agreement.partners[{i}]";
            violations.SchacId(field + ".hei_id", partner.HeiId);
            violations.Date(field + ".signing_date", partner.SigningDate);
            violations.Contact(field + ".signing_contact", partner.SigningContact);
        }

        if (agreement.Partners.Count == 2 && agreement.Partners[0].HeiId == agreement.Partners[1].HeiId
            && !string.IsNullOrEmpty(agreement.Partners[0].HeiId))
        {
            violations.Add("agreement.partners[1].hei_id", "must differ from the first partner's hei_id");
        }

        if (agreement.CooperationConditions.Count == 0)
        {
            violations.Add("agreement.cooperation_conditions", "needs at least one cooperation condition");
        }

        var partnerHeis = agreement.Partners.Select(p => p.HeiId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < agreement.CooperationConditions.Count; i++)
        {
            ValidateCondition(violations, $"agreement.cooperation_conditions[{i}]", agreement.CooperationConditions[i], partnerHeis);
        }
    }

    private static void ValidateCondition(
        RequestViolations violations, string field, CooperationCondition condition, HashSet<string> partnerHeis)
    {
        if (condition.MobilityType == MobilityType.Unspecified || !Enum.IsDefined(condition.MobilityType))
        {
            violations.Add(field + ".mobility_type", "must be one of the four mobility types");
        }

        ValidateSide(violations, field + ".sending_hei_id", condition.SendingHeiId, partnerHeis);
        ValidateSide(violations, field + ".receiving_hei_id", condition.ReceivingHeiId, partnerHeis);
        for (var i = 0; i < condition.SendingContacts.Count; i++)
        {
            violations.Contact($"{field}.sending_contacts[{i}]", condition.SendingContacts[i]);
        }

        for (var i = 0; i < condition.ReceivingContacts.Count; i++)
        {
            violations.Contact($"{field}.receiving_contacts[{i}]", condition.ReceivingContacts[i]);
        }

        violations.AcademicYearRange(
            field + ".receiving_first_academic_year_id", condition.ReceivingFirstAcademicYearId,
            field + ".receiving_last_academic_year_id", condition.ReceivingLastAcademicYearId);
        if (condition.MobilitiesPerYear < 0)
        {
            violations.Add(field + ".mobilities_per_year", "must be positive (or 0 when not set)");
        }

        for (var i = 0; i < condition.RecommendedLanguageSkills.Count; i++)
        {
            var skill = condition.RecommendedLanguageSkills[i];
            var skillField = $"{field}.recommended_language_skills[{i}]";
            violations.LanguageTag(skillField + ".language", skill.Language);
            if (!skill.NotYetDefined || skill.CefrLevel != CefrLevel.Unspecified)
            {
                violations.Cefr(skillField + ".cefr_level", skill.CefrLevel);
            }

            if (skill.SubjectArea is not null)
            {
                violations.SubjectArea(skillField + ".subject_area", skill.SubjectArea);
            }
        }

        for (var i = 0; i < condition.SubjectAreas.Count; i++)
        {
            violations.SubjectArea($"{field}.subject_areas[{i}]", condition.SubjectAreas[i]);
        }

        var student = condition.MobilityType is MobilityType.StudentStudies or MobilityType.StudentTraineeship;
        var staff = condition.MobilityType is MobilityType.StaffTeaching or MobilityType.StaffTraining;
        violations.PositiveOrUnset(field + ".total_months_per_year", condition.TotalMonthsPerYear);
        violations.PositiveOrUnset(field + ".total_days_per_year", condition.TotalDaysPerYear);
        for (var i = 0; i < condition.EqfLevels.Count; i++)
        {
            violations.Eqf($"{field}.eqf_levels[{i}]", condition.EqfLevels[i]);
        }

        if (staff && (condition.TotalMonthsPerYear != 0 || condition.Blended || condition.EqfLevels.Count > 0))
        {
            violations.Add(field + ".mobility_type",
                "staff mobilities carry total_days_per_year, not total_months_per_year, blended or eqf_levels");
        }

        if (student && condition.TotalDaysPerYear != 0)
        {
            violations.Add(field + ".total_days_per_year", "is for staff mobilities; student mobilities use total_months_per_year");
        }
    }

    private static void ValidateSide(RequestViolations violations, string field, string heiId, HashSet<string> partnerHeis)
    {
        violations.SchacId(field, heiId);
        if (!string.IsNullOrEmpty(heiId) && partnerHeis.Count > 0 && !partnerHeis.Contains(heiId))
        {
            violations.Add(field, "must be one of the agreement's partners");
        }
    }
}
