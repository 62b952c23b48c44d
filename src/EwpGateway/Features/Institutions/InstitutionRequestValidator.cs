using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;

namespace EwpGateway.Features.Institutions;

/// <summary>Checks UpsertInstitution requests (Institutions and OUnits APIs); throws <see cref="RequestValidationException"/>.</summary>
internal static class InstitutionRequestValidator
{
    public static void Validate(UpsertInstitutionRequest request)
    {
        var violations = new RequestViolations();
        if (request.ExpectedVersion < 0)
        {
            violations.Add("expected_version", "must be 0 to create or the current version to replace");
        }

        if (violations.Required("institution", request.Institution))
        {
            ValidateInstitution(violations, request.Institution);
        }

        violations.ThrowIfAny();
    }

    private static void ValidateInstitution(RequestViolations violations, Institution institution)
    {
        violations.SchacId("institution.hei_id", institution.HeiId);
        violations.LocalizedStrings("institution.names", institution.Names, required: true);
        violations.AbsoluteHttpUrl("institution.website_url", institution.WebsiteUrl);
        if (!string.IsNullOrEmpty(institution.Country) && (institution.Country.Length != 2 || !institution.Country.All(char.IsAsciiLetterUpper)))
        {
            violations.Add("institution.country", "must be an ISO 3166-1 alpha-2 code such as FR");
        }

        for (var i = 0; i < institution.Contacts.Count; i++)
        {
            violations.Contact($"institution.contacts[{i}]", institution.Contacts[i]);
        }

        var ounitIds = institution.OrganizationalUnits.Select(u => u.OunitId).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < institution.OrganizationalUnits.Count; i++)
        {
            var unit = institution.OrganizationalUnits[i];
            var field = $"institution.organizational_units[{i}]";
            if (violations.Required(field + ".ounit_id", unit.OunitId) && !seen.Add(unit.OunitId))
            {
                violations.Add(field + ".ounit_id", "is used by another unit of the institution");
            }

            violations.Required(field + ".ounit_code", unit.OunitCode);
            violations.LocalizedStrings(field + ".names", unit.Names, required: true);
            violations.AbsoluteHttpUrl(field + ".website_url", unit.WebsiteUrl);
            if (!string.IsNullOrEmpty(unit.ParentOunitId) && (!ounitIds.Contains(unit.ParentOunitId) || unit.ParentOunitId == unit.OunitId))
            {
                violations.Add(field + ".parent_ounit_id", "must be the ounit_id of another unit of the institution");
            }

            for (var c = 0; c < unit.Contacts.Count; c++)
            {
                violations.Contact($"{field}.contacts[{c}]", unit.Contacts[c]);
            }
        }
    }
}
