using EwpGateway.Contracts.V1;
using EwpGateway.Features.Iias;
using EwpGateway.Infrastructure.Grpc;

namespace EwpGateway.UnitTests.Features.Iias;

public sealed class AgreementRequestValidatorTests
{
    private const string Condition = "agreement.cooperation_conditions[0]";

    public static TheoryData<string, string> Failures => new()
    {
        { "idempotency_key", "idempotency_key=" },
        { "idempotency_key", "idempotency_key=long" },
        { "agreement.partners", "partners=one" },
        { "agreement.partners[0].hei_id", "partner0=INP-Toulouse.FR" },
        { "agreement.partners[1].hei_id", "partner1=inp-toulouse.fr" },
        { "agreement.partners[0].signing_date", "signing_date=2025-13-01" },
        { "agreement.partners[0].signing_contact.email", "email=not-an-address" },
        { "agreement.cooperation_conditions", "conditions=none" },
        { Condition + ".mobility_type", "type=unspecified" },
        { Condition + ".receiving_hei_id", "receiving=other.edu" },
        { Condition + ".receiving_first_academic_year_id", "first=2025/2027" },
        { Condition + ".receiving_last_academic_year_id", "last=2026-2027" },
        { Condition + ".receiving_first_academic_year_id", "first=2027/2028" },
        { Condition + ".mobilities_per_year", "mobilities=-1" },
        { Condition + ".total_months_per_year", "months=-2" },
        { Condition + ".eqf_levels[0]", "eqf=9" },
        { Condition + ".subject_areas[0].isced_f_code", "isced=061" },
        { Condition + ".recommended_language_skills[0].cefr_level", "cefr=unspecified" },
        { Condition + ".recommended_language_skills[0].language", "language=English" },
        { Condition + ".total_days_per_year", "days-on-student=5" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Validate_CreateWithInvalidField_ViolationNamesField(string field, string change)
    {
        var request = ValidCreate();
        Apply(request, change);

        var ex = Assert.Throws<RequestValidationException>(() => AgreementRequestValidator.Validate(request));

        Assert.Contains(field, ex.Violations.Select(v => v.Field));
    }

    [Theory]
    [InlineData("isced=0613-software")]
    [InlineData("first=2025/2025")]
    [InlineData("mobilities=0")]
    [InlineData("cefr=not-yet-defined")]
    public void Validate_CreateWithValidVariant_Passes(string change)
    {
        var request = ValidCreate();
        Apply(request, change);

        AgreementRequestValidator.Validate(request);
    }

    [Fact]
    public void Validate_ValidCreate_Passes() => AgreementRequestValidator.Validate(ValidCreate());

    [Fact]
    public void Validate_UpdateWithoutIdAndVersion_BothNamed()
    {
        var request = new UpdateAgreementRequest { Agreement = ValidCreate().Agreement };

        var ex = Assert.Throws<RequestValidationException>(() => AgreementRequestValidator.Validate(request));

        Assert.Equal(["expected_version", "agreement.id"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Validate_UpdateValid_Passes() =>
        AgreementRequestValidator.Validate(new UpdateAgreementRequest { ExpectedVersion = 2, Agreement = WithId(ValidCreate().Agreement) });

    [Theory]
    [InlineData("ABC", "iia_hash")]
    [InlineData("", "iia_hash")]
    public void Validate_ApproveWithBadHash_IiaHashNamed(string hash, string field)
    {
        var ex = Assert.Throws<RequestValidationException>(() =>
            AgreementRequestValidator.Validate(new ApproveAgreementRequest { Id = "a1", ExpectedVersion = 1, IiaHash = hash }));

        Assert.Equal([field], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Validate_ApproveValid_Passes() =>
        AgreementRequestValidator.Validate(new ApproveAgreementRequest { Id = "a1", ExpectedVersion = 1, IiaHash = new string('a', 64) });

    [Fact]
    public void Validate_TerminateWithoutId_IdNamed()
    {
        var ex = Assert.Throws<RequestValidationException>(() =>
            AgreementRequestValidator.Validate(new TerminateAgreementRequest { ExpectedVersion = 1 }));

        Assert.Equal(["id"], ex.Violations.Select(v => v.Field));
    }

    private static Agreement WithId(Agreement agreement)
    {
        agreement.Id = "a1";
        return agreement;
    }

    private static CreateAgreementRequest ValidCreate() => new()
    {
        IdempotencyKey = "key-1",
        Agreement = new Agreement
        {
            Partners =
            {
                new AgreementPartner { HeiId = "inp-toulouse.fr", SigningDate = "2025-03-01", SigningContact = new Contact { Email = "iro@inp-toulouse.fr" } },
                new AgreementPartner { HeiId = "utwente.nl" },
            },
            CooperationConditions =
            {
                new CooperationCondition
                {
                    MobilityType = MobilityType.StudentStudies,
                    SendingHeiId = "inp-toulouse.fr",
                    ReceivingHeiId = "utwente.nl",
                    ReceivingFirstAcademicYearId = "2025/2026",
                    ReceivingLastAcademicYearId = "2027/2028",
                    MobilitiesPerYear = 2,
                    TotalMonthsPerYear = 10,
                    EqfLevels = { 7 },
                    SubjectAreas = { new SubjectArea { IscedFCode = "0613" } },
                    RecommendedLanguageSkills = { new LanguageSkill { Language = "en", CefrLevel = CefrLevel.B2 } },
                },
            },
        },
    };

    private static void Apply(CreateAgreementRequest request, string change)
    {
        var agreement = request.Agreement;
        var condition = agreement.CooperationConditions[0];
        switch (change)
        {
            case "idempotency_key=": request.IdempotencyKey = ""; break;
            case "idempotency_key=long": request.IdempotencyKey = new string('k', 129); break;
            case "partners=one": agreement.Partners.RemoveAt(1); break;
            case "partner0=INP-Toulouse.FR": agreement.Partners[0].HeiId = "INP-Toulouse.FR"; break;
            case "partner1=inp-toulouse.fr": agreement.Partners[1].HeiId = "inp-toulouse.fr"; break;
            case "signing_date=2025-13-01": agreement.Partners[0].SigningDate = "2025-13-01"; break;
            case "email=not-an-address": agreement.Partners[0].SigningContact.Email = "not-an-address"; break;
            case "conditions=none": agreement.CooperationConditions.Clear(); break;
            case "type=unspecified": condition.MobilityType = MobilityType.Unspecified; break;
            case "receiving=other.edu": condition.ReceivingHeiId = "other.edu"; break;
            case "first=2025/2027": condition.ReceivingFirstAcademicYearId = "2025/2027"; break;
            case "last=2026-2027": condition.ReceivingLastAcademicYearId = "2026-2027"; break;
            case "first=2027/2028": condition.ReceivingFirstAcademicYearId = "2028/2029"; break;
            case "first=2025/2025": condition.ReceivingFirstAcademicYearId = "2025/2025"; break;
            case "mobilities=-1": condition.MobilitiesPerYear = -1; break;
            case "mobilities=0": condition.MobilitiesPerYear = 0; break;
            case "months=-2": condition.TotalMonthsPerYear = -2; break;
            case "eqf=9": condition.EqfLevels[0] = 9; break;
            case "isced=061": condition.SubjectAreas[0].IscedFCode = "061"; break;
            case "isced=0613-software": condition.SubjectAreas[0].IscedFCode = "0613-software"; break;
            case "cefr=unspecified": condition.RecommendedLanguageSkills[0].CefrLevel = CefrLevel.Unspecified; break;
            case "cefr=not-yet-defined":
                condition.RecommendedLanguageSkills[0].CefrLevel = CefrLevel.Unspecified;
                condition.RecommendedLanguageSkills[0].NotYetDefined = true;
                break;
            case "language=English": condition.RecommendedLanguageSkills[0].Language = "English"; break;
            case "days-on-student=5": condition.TotalDaysPerYear = 5; break;
            default: throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }
}
