using System.Text;
using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>Aggregates with every field set, to prove round trips.</summary>
internal static class DbTestData
{
    public const string Home = "inp-toulouse.fr";

    public static Agreement Agreement(string partner = "utwente.nl", string? id = null) => new()
    {
        Id = id ?? "",
        InEffect = true,
        IiaHash = "a3f1c2",
        Partners =
        [
            new AgreementPartner
            {
                HeiId = Home, OunitId = "n7", IiaId = "iia-local", IiaCode = "F TOULOUS28-1",
                SigningContactGivenNames = "Claire", SigningContactFamilyName = "Martin", SigningContactEmail = "io@inp-toulouse.fr",
                SigningDate = new DateOnly(2025, 3, 14),
            },
            new AgreementPartner { HeiId = partner, OunitId = "eemcs", IiaId = "p-1", IiaCode = "NL-1", SigningDate = new DateOnly(2025, 4, 2) },
        ],
        CooperationConditions =
        [
            new CooperationCondition
            {
                MobilityType = MobilityType.StudentStudies, SendingHeiId = Home, SendingOunitId = "n7", ReceivingHeiId = partner, ReceivingOunitId = "eemcs",
                ReceivingFirstAcademicYearId = "2025/2026", ReceivingLastAcademicYearId = "2028/2029", MobilitiesPerYear = 6, TotalMonthsPerYear = 18.5m,
                SubjectAreas = [new SubjectArea { IscedFCode = "0714", IscedClarification = "Electronics" }, new SubjectArea { IscedFCode = "0613" }],
                EqfLevels = [new EqfLevel { Level = 7 }, new EqfLevel { Level = 6 }],
                RecommendedLanguageSkills = [new LanguageSkill { Language = "en", CefrLevel = "B2", IscedFCode = "0714", IscedClarification = "Electronics" }],
                Blended = true, OtherInfo = "BIP allowed",
            },
            new CooperationCondition
            {
                MobilityType = MobilityType.StaffTeaching, SendingHeiId = partner, ReceivingHeiId = Home,
                ReceivingFirstAcademicYearId = "2025/2026", ReceivingLastAcademicYearId = "2026/2027", MobilitiesPerYear = 4, TotalDaysPerYear = 28,
                RecommendedLanguageSkills = [new LanguageSkill { Language = "fr", CefrLevel = "B1" }],
            },
        ],
        Approvals = [new AgreementApproval { HeiId = partner, IiaHash = "a3f1c2", ApprovedAt = new DateTimeOffset(2025, 4, 3, 10, 0, 0, TimeSpan.Zero) }],
        Contacts =
        [
            new AgreementContact
            {
                Role = AgreementContactRole.Signing, PartnerHeiId = Home,
                Names = [new LocalizedText { Lang = "en", Text = "Claire Martin" }], GivenNames = [new LocalizedText { Text = "Claire" }],
                FamilyNames = [new LocalizedText { Text = "Martin" }], Gender = "2", Emails = [new ContactEmail { Address = "io@inp-toulouse.fr" }],
                Phones = [new ContactPhone { E164 = "+33534323000", Extension = "12" }, new ContactPhone { IsFax = true, OtherFormat = "05 34 32 30 01" }],
                RoleDescriptions = [new LocalizedText { Lang = "fr", Text = "Vice-présidente RI" }],
            },
            new AgreementContact { Role = AgreementContactRole.Receiving, ConditionIndex = 0, Emails = [new ContactEmail { Address = "intl@utwente.nl" }] },
        ],
        PdfFileId = "pdf-1",
        TerminatedAt = new DateTimeOffset(2027, 6, 30, 8, 0, 0, TimeSpan.Zero),
        TerminationReason = "Programme closed",
        Provenance = new Provenance { Source = ProvenanceSource.Local, EwpVersion = "7.0.0", RawPayload = Encoding.UTF8.GetBytes("<iia/>") },
    };

    public static Nomination Nomination(NominationDirection direction = NominationDirection.Outgoing) => new()
    {
        Direction = direction,
        Student = new Student
        {
            GivenNames = "Léa", FamilyName = "Dubois", BirthDate = new DateOnly(2004, 5, 12), Citizenship = "FR", Gender = 2,
            Email = "lea.dubois@example.org", GlobalId = "urn:schac:personalUniqueCode:int:esi:inp-toulouse.fr:123",
        },
        SendingHeiId = direction == NominationDirection.Outgoing ? Home : "gtu.ge",
        SendingOunitId = "n7",
        ReceivingHeiId = direction == NominationDirection.Outgoing ? "utwente.nl" : Home,
        ReceivingOunitId = "eemcs",
        ReceivingAcademicYearId = "2025/2026",
        PlannedArrivalDate = new DateOnly(2025, 9, 1),
        PlannedDepartureDate = new DateOnly(2026, 1, 31),
        EqfLevel = 7,
        IscedFCode = "0714",
        MobilityType = MobilityType.StudentStudies,
        SendingAcademicTermId = "2025/2026-1/2",
        ActivityAttributes = "short-term-blended",
        IiaId = "iia-local",
        AgreementId = "agreement-1",
        CurrentProposalId = "proposal-1",
    };

    public static Transcript Transcript() => new()
    {
        OmobilityId = "om-1",
        SendingHeiId = "gtu.ge",
        ReceivingHeiId = Home,
        Learner = new Learner
        {
            GivenNames = "Nino", FamilyName = "Beridze", BirthDate = new DateOnly(2002, 2, 20), Citizenship = "GE", GlobalId = "esi:1", Email = "nino@gtu.ge",
        },
        IssueDate = new DateTimeOffset(2026, 2, 15, 9, 0, 0, TimeSpan.Zero),
        Results =
        [
            new TranscriptResult
            {
                CourseCode = "N7-1", Title = "Embedded systems", EctsCredits = 5, Grade = "15.5", GradingScheme = "FR 0-20", HomeGrade = "91", AcademicTerm = "2025/2026-1/2",
                Titles = [new LocalizedText { Lang = "en", Text = "Embedded systems" }, new LocalizedText { Lang = "fr", Text = "Systèmes embarqués" }],
                Status = "passed", ResultDate = new DateOnly(2026, 1, 22), StartDate = new DateOnly(2025, 9, 15),
                Identifiers = [new OtherId { Type = "local", Value = "N7-1" }, new OtherId { Type = "ewp-los-id", Value = "CR/1" }],
                LosType = "Course", IscedCode = "0714", Url = "https://example.org/n7-1", CreditLevel = "Master", GradingSchemeLocalId = "fr-20",
                OtherCredits = [new TranscriptCredit { Scheme = "hours", Value = 48 }, new TranscriptCredit { Scheme = "local", Level = "Master" }],
                ResultDistribution = [new TranscriptResultCategory { Label = "A", Count = 7 }, new TranscriptResultCategory { Label = "B", Count = 135 }],
            },
            new TranscriptResult { Title = "Signal processing", EctsCredits = 2.5m },
        ],
        Attachments =
        [
            new TranscriptAttachment { Title = "ToR", MediaType = "application/pdf", Content = [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF], TitleLang = "en", Type = "Transcript of Records" },
            new TranscriptAttachment { Title = "Elsewhere", ContentUri = "https://example.org/tor.pdf" },
        ],
        GeneratedDate = new DateTimeOffset(2026, 2, 15, 10, 0, 0, TimeSpan.Zero),
        LearnerIdentifiers = [new OtherId { Type = "nationalIdentifier", Value = "01020304" }],
        IssuerIdentifiers = [new OtherId { Type = "schac", Value = Home }, new OtherId { Type = "pic", Value = "999572294" }],
        IssuerTitles = [new LocalizedText { Lang = "en", Text = "Toulouse INP" }],
        IssuerCountry = "FR",
        GradingSchemes = [new TranscriptGradingScheme { LocalId = "fr-20", Lang = "en", Description = "FR 0-20" }, new TranscriptGradingScheme { LocalId = "pf" }],
        IssuerUrl = "https://www.inp-toulouse.fr",
        GradeConversion =
        [
            new TranscriptGradeFrequency { IscedCode = "0714", Label = "A", Percentage = "2.0" },
            new TranscriptGradeFrequency { IscedCode = "0714", Label = "B", Percentage = "24.7" },
        ],
    };

    public static Institution Institution(string id = "utwente.nl") => new()
    {
        Id = id,
        Names = [new LocalizedText { Lang = "en", Text = "University of Twente" }, new LocalizedText { Lang = "nl", Text = "Universiteit Twente" }],
        OtherIds = [new OtherId { Type = "erasmus", Value = "NL ENSCHED01" }],
        OrganizationalUnits =
        [
            new OrganizationalUnit { OunitId = "eemcs", OunitCode = "EEMCS", Names = [new LocalizedText { Lang = "en", Text = "EEMCS" }] },
            new OrganizationalUnit { OunitId = "eemcs-ee", OunitCode = "EE", ParentOunitId = "eemcs", WebsiteUrl = "https://www.utwente.nl/ee" },
        ],
        Abbreviation = "UT",
        WebsiteUrl = "https://www.utwente.nl",
        Country = "NL",
        Contacts =
        [
            new InstitutionContact
            {
                Names = [new LocalizedText { Lang = "en", Text = "International Office" }], Emails = [new ContactEmail { Address = "io@utwente.nl" }],
                Phones = [new ContactPhone { E164 = "+31534899111" }], RoleDescriptions = [new LocalizedText { Lang = "en", Text = "Incoming students" }],
            },
            new InstitutionContact
            {
                OunitId = "eemcs", GivenNames = [new LocalizedText { Text = "Pieter" }], FamilyNames = [new LocalizedText { Text = "Jansen" }],
                Gender = "1", Emails = [new ContactEmail { Address = "p.jansen@utwente.nl" }],
            },
        ],
        Provenance = new Provenance { Source = ProvenanceSource.Partner, PartnerHeiId = id, EwpVersion = "2.2.0" },
    };
}
