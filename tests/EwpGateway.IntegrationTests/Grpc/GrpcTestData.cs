using EwpGateway.Contracts.V1;
using Google.Protobuf;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>
/// Requests with every field the proto carries set: the canonical model stores them all, so the round-trip tests expect
/// every one of them back.
/// </summary>
internal static class GrpcTestData
{
    public const string Home = "inp-toulouse.fr";
    public const string Partner = "utwente.nl";

    public static Agreement Agreement(string year = "2025/2026") => new()
    {
        Partners =
        {
            new AgreementPartner
            {
                HeiId = Home, OunitId = "ou-ensiacet", IiaId = "iia-local-1", IiaCode = "FR-NL-2025",
                SigningContact = Contact("Marie", "Curie", "marie.curie@inp-toulouse.fr"), SigningDate = "2025-01-15",
            },
            new AgreementPartner
            {
                HeiId = Partner, OunitId = "ou-eemcs", IiaId = "ut-77", IiaCode = "UT-INP",
                SigningContact = Contact("Jan", "de Vries", "j.devries@utwente.nl"), SigningDate = "2025-02-01",
            },
        },
        InEffect = true,
        CooperationConditions =
        {
            new CooperationCondition
            {
                MobilityType = MobilityType.StudentStudies,
                SendingHeiId = Home, SendingOunitId = "ou-ensiacet",
                SendingContacts = { Contact("Anne", "Martin", "anne.martin@inp-toulouse.fr") },
                ReceivingHeiId = Partner, ReceivingOunitId = "ou-eemcs",
                ReceivingContacts = { Contact("Piet", "Jansen", "p.jansen@utwente.nl") },
                ReceivingFirstAcademicYearId = year, ReceivingLastAcademicYearId = "2028/2029",
                MobilitiesPerYear = 4,
                RecommendedLanguageSkills =
                {
                    new LanguageSkill { Language = "en", CefrLevel = CefrLevel.B2, SubjectArea = new SubjectArea { IscedFCode = "0714", IscedClarification = "electronics" } },
                    new LanguageSkill { Language = "nl", NotYetDefined = true },
                },
                SubjectAreas = { new SubjectArea { IscedFCode = "0613", IscedClarification = "software" }, new SubjectArea { IscedFCode = "0714" } },
                OtherInfoTerms = "Tuition waived.",
                TotalMonthsPerYear = 22.5,
                Blended = true,
                EqfLevels = { 6, 7 },
            },
            new CooperationCondition
            {
                MobilityType = MobilityType.StaffTeaching,
                SendingHeiId = Partner, ReceivingHeiId = Home,
                ReceivingFirstAcademicYearId = year, ReceivingLastAcademicYearId = year,
                MobilitiesPerYear = 2,
                TotalDaysPerYear = 10,
            },
        },
    };

    public static Nomination Nomination() => new()
    {
        Direction = NominationDirection.Outgoing,
        Student = new Student
        {
            GivenNames = "Léa", FamilyName = "Dupont", GlobalId = "urn:schac:personalUniqueCode:int:esi:inp-toulouse.fr:12345",
            BirthDate = "2003-04-05", Citizenship = "FR", Gender = 2, Email = "lea.dupont@etu.inp-toulouse.fr",
        },
        SendingHeiId = Home, SendingOunitId = "ou-ensiacet",
        ReceivingHeiId = Partner, ReceivingOunitId = "ou-eemcs",
        ReceivingAcademicYearId = "2025/2026",
        SendingAcademicTermId = "2025/2026-1/2",
        PlannedStartDate = "2025-09-01", PlannedEndDate = "2026-01-31",
        MobilityType = MobilityType.StudentStudies,
        ActivityAttributes = "long-term",
        NomineeIscedFCode = "0613",
        EqfLevelStudiedAtDeparture = 7,
        IiaId = "iia-local-1",
    };

    public static Transcript Transcript(string nominationId) => new()
    {
        NominationId = nominationId,
        IssuerHeiId = Home,
        Learner = new Learner
        {
            GivenNames = "Jan", FamilyName = "Bakker", BirthDate = "2002-11-30", Citizenship = "NL",
            GlobalId = "urn:schac:personalUniqueCode:int:esi:utwente.nl:s123", Email = "jan.bakker@student.utwente.nl",
        },
        Results =
        {
            new CourseResult
            {
                Code = "N7-ASR", Titles = { new LocalizedString { Lang = "en", Text = "Distributed systems" }, new LocalizedString { Lang = "fr", Text = "Systèmes répartis" } },
                EctsCredits = 7.5, Grade = "15.5", GradingScheme = "FR 0-20", ConvertedHomeGrade = "8", Status = "passed", ResultDate = "2026-01-20",
            },
            new CourseResult { Code = "N7-FR", Titles = { new LocalizedString { Text = "French" } }, EctsCredits = 3, Grade = "12" },
        },
        Attachments = { new Attachment { Title = "Transcript of records", MediaType = "application/pdf", Content = ByteString.CopyFrom("%PDF-1.7 test"u8) } },
        IssueDate = "2026-02-10",
    };

    public static Institution Institution(string heiId) => new()
    {
        HeiId = heiId,
        ErasmusCode = "NL ENSCHED01",
        Pic = "999985048",
        Names = { new LocalizedString { Lang = "en", Text = "University of Twente" }, new LocalizedString { Lang = "nl", Text = "Universiteit Twente" } },
        Abbreviation = "UT",
        WebsiteUrl = "https://www.utwente.nl",
        Country = "NL",
        Contacts = { Contact("Erasmus", "Office", "erasmus@utwente.nl") },
        OrganizationalUnits =
        {
            new OrganizationalUnit { OunitId = "ou-eemcs", OunitCode = "EEMCS", Names = { new LocalizedString { Lang = "en", Text = "EEMCS" } } },
            new OrganizationalUnit
            {
                OunitId = "ou-cs", OunitCode = "CS", ParentOunitId = "ou-eemcs", Names = { new LocalizedString { Text = "Computer Science" } },
                WebsiteUrl = "https://www.utwente.nl/cs", Contacts = { Contact("Cees", "Smit", "c.smit@utwente.nl") },
            },
        },
    };

    /// <summary>An incoming nomination as the EWP side stores it: from the partner, pending, with a proposal to decide on.</summary>
    public static Model.Nomination IncomingNomination() => new()
    {
        Direction = Model.NominationDirection.Incoming,
        Student = new Model.Student { GivenNames = "Jan", FamilyName = "Bakker", Email = "jan.bakker@student.utwente.nl" },
        SendingHeiId = Partner,
        ReceivingHeiId = Home,
        ReceivingAcademicYearId = "2025/2026",
        CurrentProposalId = "proposal-1",
        Provenance = new Model.Provenance
        {
            Source = Model.ProvenanceSource.Partner, PartnerHeiId = Partner, PartnerObjectId = "ut-omobility-" + Guid.NewGuid().ToString("N"), EwpVersion = "3.0.0",
        },
    };

    private static Contact Contact(string given, string family, string email) => new()
    {
        Names = { new LocalizedString { Lang = "en", Text = $"{given} {family}" } },
        GivenNames = given,
        FamilyName = family,
        Email = email,
        PhoneE164 = "+33561588200",
        RoleDescriptions = { new LocalizedString { Lang = "en", Text = "Erasmus+ coordinator" } },
    };
}
