using EwpGateway.Contracts.V1;
using EwpGateway.Features.Institutions;
using EwpGateway.Infrastructure.Grpc;

namespace EwpGateway.UnitTests.Features.Institutions;

public sealed class InstitutionRequestValidatorTests
{
    public static TheoryData<string, Action<Institution>> Failures => new()
    {
        { "institution.hei_id", i => i.HeiId = "utwente" },
        { "institution.names", i => i.Names.Clear() },
        { "institution.website_url", i => i.WebsiteUrl = "www.utwente.nl" },
        { "institution.country", i => i.Country = "nl" },
        { "institution.contacts[0].email", i => i.Contacts[0].Email = "x@" },
        { "institution.contacts[0].phone_e164", i => i.Contacts[0].PhoneE164 = "053 489 9111" },
        { "institution.organizational_units[1].ounit_id", i => i.OrganizationalUnits[1].OunitId = "eemcs" },
        { "institution.organizational_units[0].ounit_code", i => i.OrganizationalUnits[0].OunitCode = "" },
        { "institution.organizational_units[1].parent_ounit_id", i => i.OrganizationalUnits[1].ParentOunitId = "nowhere" },
        { "institution.names[0].lang", i => i.Names[0].Lang = "English" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Validate_UpsertWithInvalidField_ViolationNamesField(string field, Action<Institution> change)
    {
        var request = ValidUpsert();
        change(request.Institution);

        var ex = Assert.Throws<RequestValidationException>(() => InstitutionRequestValidator.Validate(request));

        Assert.Contains(field, ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Validate_ValidUpsert_Passes() => InstitutionRequestValidator.Validate(ValidUpsert());

    [Fact]
    public void Validate_NegativeVersion_ExpectedVersionNamed()
    {
        var request = ValidUpsert();
        request.ExpectedVersion = -1;

        var ex = Assert.Throws<RequestValidationException>(() => InstitutionRequestValidator.Validate(request));

        Assert.Equal(["expected_version"], ex.Violations.Select(v => v.Field));
    }

    private static UpsertInstitutionRequest ValidUpsert() => new()
    {
        Institution = new Institution
        {
            HeiId = "utwente.nl",
            Names = { new LocalizedString { Lang = "en", Text = "University of Twente" } },
            WebsiteUrl = "https://www.utwente.nl/",
            Country = "NL",
            Contacts = { new Contact { Email = "international@utwente.nl", PhoneE164 = "+31534899111" } },
            OrganizationalUnits =
            {
                new OrganizationalUnit { OunitId = "eemcs", OunitCode = "EEMCS", Names = { new LocalizedString { Text = "EEMCS" } } },
                new OrganizationalUnit { OunitId = "ewi-cs", OunitCode = "CS", ParentOunitId = "eemcs", Names = { new LocalizedString { Text = "Computer Science" } } },
            },
        },
    };
}
