using EwpGateway.Contracts.V1;
using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Grpc;

namespace EwpGateway.UnitTests.Features.Nominations;

public sealed class NominationRequestValidatorTests
{
    public static TheoryData<string, Action<Nomination>> Failures => new()
    {
        { "nomination.student.given_names", n => n.Student.GivenNames = "" },
        { "nomination.student.email", n => n.Student.Email = "a@b" },
        { "nomination.student.birth_date", n => n.Student.BirthDate = "01/02/2001" },
        { "nomination.student.gender", n => n.Student.Gender = 3 },
        { "nomination.sending_hei_id", n => n.SendingHeiId = "" },
        { "nomination.receiving_hei_id", n => n.ReceivingHeiId = "inp-toulouse.fr" },
        { "nomination.receiving_academic_year_id", n => n.ReceivingAcademicYearId = "2025/2024" },
        { "nomination.planned_start_date", n => n.PlannedStartDate = "2026-03-01" },
        { "nomination.planned_end_date", n => n.PlannedEndDate = "2026-02-30" },
        { "nomination.mobility_type", n => n.MobilityType = MobilityType.StaffTeaching },
        { "nomination.sending_academic_term_id", n => n.SendingAcademicTermId = "2025/2026" },
        { "nomination.sending_academic_term_id", n => n.SendingAcademicTermId = "2025/2026-0/2" },
        { "nomination.activity_attributes", n => n.ActivityAttributes = "semester" },
        { "nomination.nominee_isced_f_code", n => n.NomineeIscedFCode = "abcd" },
        { "nomination.eqf_level_studied_at_departure", n => n.EqfLevelStudiedAtDeparture = 9 },
        { "nomination.direction", n => n.Direction = NominationDirection.Incoming },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Validate_CreateWithInvalidField_ViolationNamesField(string field, Action<Nomination> change)
    {
        var request = ValidCreate();
        change(request.Nomination);

        var ex = Assert.Throws<RequestValidationException>(() => NominationRequestValidator.Validate(request));

        Assert.Contains(field, ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Validate_ValidCreate_Passes() => NominationRequestValidator.Validate(ValidCreate());

    [Fact]
    public void Validate_RejectWithoutComment_CommentNamed()
    {
        var ex = Assert.Throws<RequestValidationException>(() => NominationRequestValidator.Validate(
            new RejectNominationRequest { Id = "n1", ExpectedVersion = 1, ProposalId = "p1" }));

        Assert.Equal(["comment"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Validate_RejectWithComment_Passes() => NominationRequestValidator.Validate(
        new RejectNominationRequest { Id = "n1", ExpectedVersion = 1, ProposalId = "p1", Comment = "Course list not available" });

    [Fact]
    public void Validate_SubmitWithoutVersion_ExpectedVersionNamed()
    {
        var ex = Assert.Throws<RequestValidationException>(() => NominationRequestValidator.Validate(new SubmitNominationRequest { Id = "n1" }));

        Assert.Equal(["expected_version"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Validate_AcceptWithoutProposal_ProposalIdNamed()
    {
        var ex = Assert.Throws<RequestValidationException>(() => NominationRequestValidator.Validate(
            new AcceptNominationRequest { Id = "n1", ExpectedVersion = 1 }));

        Assert.Equal(["proposal_id"], ex.Violations.Select(v => v.Field));
    }

    private static CreateNominationRequest ValidCreate() => new()
    {
        IdempotencyKey = "key-1",
        Nomination = new Nomination
        {
            Student = new Student { GivenNames = "Ana", FamilyName = "Silva", Email = "ana.silva@etu.inp-toulouse.fr", BirthDate = "2002-05-04", Gender = 2 },
            SendingHeiId = "inp-toulouse.fr",
            ReceivingHeiId = "utwente.nl",
            ReceivingAcademicYearId = "2025/2026",
            PlannedStartDate = "2025-09-01",
            PlannedEndDate = "2026-01-31",
            MobilityType = MobilityType.StudentStudies,
            SendingAcademicTermId = "2025/2026-1/2",
            ActivityAttributes = "long-term",
            NomineeIscedFCode = "0613",
            EqfLevelStudiedAtDeparture = 7,
        },
    };
}
