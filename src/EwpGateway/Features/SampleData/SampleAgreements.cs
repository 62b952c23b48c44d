using EwpGateway.Infrastructure.Persistence.Model;
using static EwpGateway.Features.SampleData.SampleInstitutions;

namespace EwpGateway.Features.SampleData;

/// <summary>KA131 (intra-European) and KA171 (international credit mobility) agreements with realistic figures.</summary>
internal static class SampleAgreements
{
    private const string FirstYear = "2025/2026";
    private const string LastYear = "2028/2029";

    public static IEnumerable<Agreement> All()
    {
        // KA131 with Twente: the four mobility types, both directions.
        yield return Iia("ka131-utwente", Twente, "NL ENSCHED01 / F TOULOUS28", true,
            Both(Twente, MobilityType.StudentStudies, 3, 15, "0714", 7, "en", "B2"),
            Both(Twente, MobilityType.StudentTraineeship, 2, 6, "0714", 7, "en", "B2"),
            Both(Twente, MobilityType.StaffTeaching, 2, 10, "0714", null, "en", "B2"),
            Both(Twente, MobilityType.StaffTraining, 1, 5, "0714", null, "en", "B1"));
        yield return Iia("ka131-itg", Itg, "B ITG / F TOULOUS28", true,
            Both(Itg, MobilityType.StudentStudies, 2, 10, "0841", 7, "en", "B2"),
            Both(Itg, MobilityType.StaffTeaching, 1, 5, "0841", null, "en", "B2"));

        // Blended intensive programme with ESME: physical part 5-30 days, at least 3 ECTS.
        var bip = Condition(MobilityType.StudentStudies, Esme, Home, 20, 10, "0613", 6, "en", "B1")[0];
        bip.Blended = true;
        bip.OtherInfo = "Blended intensive programme: physical part 5 to 30 days, at least 3 ECTS.";
        yield return Iia("bip-esme", Esme, "BIP ESME / Toulouse INP", true, [bip], Condition(MobilityType.StaffTraining, Home, Esme, 2, 10, "0613", null, "fr", "C1"));

        // KA171 with GTU: incoming 9 students x 6 months and 4 staff x 7 days, outgoing 6 students x 3 months and 5 staff x 7 days.
        yield return Iia("ka171-gtu", Gtu, "KA171 GTU 2025", true,
            Condition(MobilityType.StudentStudies, Gtu, Home, 9, 54, "0715", 7, "en", "B2"),
            Condition(MobilityType.StaffTeaching, Gtu, Home, 4, 28, "0715", null, "en", "B2"),
            Condition(MobilityType.StudentStudies, Home, Gtu, 6, 18, "0715", 7, "en", "B1"),
            Condition(MobilityType.StaffTeaching, Home, Gtu, 5, 35, "0715", null, "en", "B1"));

        // KA171 with ENIT: incoming 2 traineeships x 3 months, 10 traineeships x 9 months, 6 teaching staff x 7 days.
        yield return Iia("ka171-enit", Enit, "KA171 ENIT 2025", true,
            Condition(MobilityType.StudentTraineeship, Enit, Home, 2, 6, "0711", 6, "fr", "B2"),
            Condition(MobilityType.StudentTraineeship, Enit, Home, 10, 90, "0711", 7, "fr", "B2"),
            Condition(MobilityType.StaffTeaching, Enit, Home, 6, 42, "0711", null, "fr", "C1"));

        yield return Iia("ka171-unsa", Sarajevo, "KA171 UNSA 2025", true,
            Condition(MobilityType.StudentStudies, Sarajevo, Home, 3, 15, "0732", 7, "en", "B2"),
            Condition(MobilityType.StaffTraining, Sarajevo, Home, 2, 10, "0732", null, "en", "B1"));
        yield return Iia("ka171-itc", Itc, "KA171 ITC 2025", true,
            Condition(MobilityType.StudentStudies, Itc, Home, 4, 20, "0712", 7, "fr", "B2"),
            Condition(MobilityType.StaffTeaching, Home, Itc, 2, 14, "0712", null, "fr", "C1"));
        yield return Iia("ka171-nust", Nust, "KA171 NUST 2025", false,
            Condition(MobilityType.StudentStudies, Nust, Home, 3, 15, "0613", 7, "en", "B2"));

        // The EWP validator's HEIs, as real hosts keep them, so the network's validator can test us.
        yield return Iia("validator-hei01", Validator1, "VALIDATOR-01", true,
            Both(Validator1, MobilityType.StudentStudies, 2, 10, "0610", 6, "en", "B2"),
            Both(Validator1, MobilityType.StudentTraineeship, 1, 3, "0610", 6, "en", "B1"),
            Both(Validator1, MobilityType.StaffTeaching, 1, 5, "0610", null, "en", "B2"),
            Both(Validator1, MobilityType.StaffTraining, 1, 5, "0610", null, "en", "B2"));
        yield return Iia("validator-hei02", Validator2, "VALIDATOR-02", false,
            Both(Validator2, MobilityType.StudentStudies, 2, 10, "0610", 7, "en", "B2"));
    }

    private static Agreement Iia(string id, string partner, string code, bool signed, params CooperationCondition[][] conditions) => new()
    {
        Id = "iia-" + id,
        InEffect = signed,
        Partners =
        [
            new AgreementPartner
            {
                HeiId = Home, OunitId = "n7", IiaId = "iia-" + id, IiaCode = code,
                SigningContactGivenNames = "Claire", SigningContactFamilyName = "Martin", SigningContactEmail = "international@inp-toulouse.fr",
                SigningDate = signed ? new DateOnly(2025, 3, 14) : null,
            },
            new AgreementPartner
            {
                HeiId = partner, IiaId = signed ? "p-" + id : null, IiaCode = code,
                SigningContactFamilyName = signed ? "International Office" : null, SigningDate = signed ? new DateOnly(2025, 4, 2) : null,
            },
        ],
        CooperationConditions = [.. conditions.SelectMany(c => c)],
    };

    /// <summary>The same condition in both directions.</summary>
    private static CooperationCondition[] Both(string partner, MobilityType type, int perYear, decimal total, string isced, int? eqf, string lang, string cefr) =>
    [
        .. Condition(type, Home, partner, perYear, total, isced, eqf, lang, cefr),
        .. Condition(type, partner, Home, perYear, total, isced, eqf, lang, cefr),
    ];

    /// <summary>One condition; <paramref name="total"/> is months per year for students, days per year for staff.</summary>
    private static CooperationCondition[] Condition(
        MobilityType type, string sending, string receiving, int perYear, decimal total, string isced, int? eqf, string lang, string cefr)
    {
        var students = type is MobilityType.StudentStudies or MobilityType.StudentTraineeship;
        return
        [
            new CooperationCondition
            {
                MobilityType = type,
                SendingHeiId = sending,
                SendingOunitId = sending == Home ? "n7" : null,
                ReceivingHeiId = receiving,
                ReceivingOunitId = receiving == Home ? "n7" : null,
                ReceivingFirstAcademicYearId = FirstYear,
                ReceivingLastAcademicYearId = LastYear,
                MobilitiesPerYear = perYear,
                TotalMonthsPerYear = students ? total : null,
                TotalDaysPerYear = students ? null : total,
                SubjectAreas = [new SubjectArea { IscedFCode = isced }],
                EqfLevels = eqf is { } level ? [new EqfLevel { Level = level }] : [],
                RecommendedLanguageSkills = [new LanguageSkill { Language = lang, CefrLevel = cefr, IscedFCode = isced }],
            },
        ];
    }
}
