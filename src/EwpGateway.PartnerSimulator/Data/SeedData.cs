using System.Globalization;

namespace EwpGateway.PartnerSimulator.Data;

/// <summary>
/// The deterministic starting dataset of a simulated partner: KA131 agreements with the gateway HEI using the four
/// cooperation-condition types, nominations of the partner's students to the gateway, and (when asked) transcripts.
/// </summary>
internal static class SeedData
{
    private static readonly string[] GivenNames = ["Anna", "Lucas", "Mariam", "Daan", "Amina", "Nino", "Emir", "Sofia", "Tariq", "Lea", "Sokha", "Youssef"];
    private static readonly string[] FamilyNames = ["de Vries", "Janssens", "Beridze", "Hodzic", "Chea", "Khan", "Ben Salah", "Martin", "Peeters", "Kapanadze"];
    private static readonly string[] Isced = ["0714", "0713", "0612", "0521", "0912", "0732"];
    private static readonly string[] Languages = ["en", "fr"];

    public static void Fill(PartnerDataset data, string partnerHeiId, SimulatorOptions options, int index)
    {
        var random = new Random(unchecked((options.Seed * 31) + index));
        var now = options.TimeProvider.GetUtcNow();
        var start = now.AddDays(-30);
        var prefix = partnerHeiId.Split('.')[0].ToUpperInvariant();
        var gateway = options.GatewayHeiId;

        for (var i = 1; i <= options.AgreementsPerPartner; i++)
        {
            data.Agreements.Seed(new SimAgreement
            {
                IiaId = $"{prefix.ToLowerInvariant()}-iia-{i:000}",
                IiaCode = $"{prefix}/E+/2026/{i:000}",
                InEffect = i % 2 == 1,
                Conditions = Conditions(partnerHeiId, gateway, random),
                ModifiedAt = start.AddHours(i),
            });
        }

        for (var i = 1; i <= options.NominationsPerPartner; i++)
        {
            var id = $"{prefix.ToLowerInvariant()}-om-{i:0000}";
            var given = GivenNames[random.Next(GivenNames.Length)];
            var family = FamilyNames[random.Next(FamilyNames.Length)];
            data.Nominations.Seed(new SimNomination
            {
                OmobilityId = id,
                GivenNames = given,
                FamilyName = family,
                Email = $"{given}.{family.Replace(" ", "", StringComparison.Ordinal)}@student.{partnerHeiId}".ToLowerInvariant(),
                BirthDate = new DateOnly(2002 + random.Next(4), 1 + random.Next(12), 1 + random.Next(28)),
                SendingHeiId = partnerHeiId,
                ReceivingHeiId = gateway,
                IiaId = options.AgreementsPerPartner > 0 ? $"{prefix.ToLowerInvariant()}-iia-001" : null,
                ReceivingAcademicYearId = "2026/2027",
                SendingAcademicTermId = i % 2 == 1 ? "2026/2027-1/2" : "2026/2027-2/2",
                PlannedArrival = i % 2 == 1 ? new DateOnly(2026, 9, 1) : new DateOnly(2027, 2, 1),
                PlannedDeparture = i % 2 == 1 ? new DateOnly(2027, 1, 31) : new DateOnly(2027, 6, 30),
                IscedCode = Isced[random.Next(Isced.Length)],
                EqfLevel = 6 + random.Next(2),
                Status = SimNominationStatus.Pending,
                ProposalId = id + "-p0",
                ModifiedAt = start.AddHours(100 + i),
            });
        }

        for (var i = 1; i <= options.TranscriptsPerPartner; i++)
        {
            data.Transcripts.Seed(Transcript(string.Create(CultureInfo.InvariantCulture, $"{gateway}-out-{index + 1}-{i}"), random) with
            {
                ModifiedAt = start.AddHours(200 + i),
            });
        }
    }

    /// <summary>A realistic transcript for the gateway's outgoing mobility <paramref name="omobilityId"/>.</summary>
    public static SimTranscript Transcript(string omobilityId, Random random) => new()
    {
        OmobilityId = omobilityId,
        GivenNames = GivenNames[random.Next(GivenNames.Length)],
        FamilyName = FamilyNames[random.Next(FamilyNames.Length)],
        BirthDate = new DateOnly(2003, 5, 14),
        Results =
        [
            new SimCourseResult("Advanced Thermodynamics", 6, "8"),
            new SimCourseResult("Machine Learning for Engineers", 5, "7.5"),
            new SimCourseResult("Project Management", 3, "6"),
        ],
        GradingScheme = new SimGradingScheme(
            "Scale 1-10, 5.5 is a pass",
            "0714",
            [("10", 1.5m), ("9", 6.5m), ("8", 22m), ("7.5", 15m), ("7", 25m), ("6", 30m)]),
    };

    private static List<SimCondition> Conditions(string partner, string gateway, Random random)
    {
        var isced = Isced[random.Next(Isced.Length)];
        var language = (Languages[random.Next(Languages.Length)], "B2");
        SimCondition Condition(SimConditionType type, string from, string to, int mobilities, decimal? months, decimal? days) => new()
        {
            Type = type,
            SendingHeiId = from,
            ReceivingHeiId = to,
            FirstAcademicYear = "2026/2027",
            LastAcademicYear = "2028/2029",
            MobilitiesPerYear = mobilities,
            TotalMonths = months,
            TotalDays = days,
            IscedCodes = [isced],
            EqfLevels = type == SimConditionType.StudentStudies ? [6, 7] : [],
            Language = language,
        };

        return
        [
            Condition(SimConditionType.StudentStudies, partner, gateway, 2 + random.Next(4), 10 + (5 * random.Next(3)), null),
            Condition(SimConditionType.StudentStudies, gateway, partner, 2 + random.Next(4), 10 + (5 * random.Next(3)), null),
            Condition(SimConditionType.StudentTraineeship, gateway, partner, 1 + random.Next(3), 3 * (1 + random.Next(3)), null),
            Condition(SimConditionType.StaffTeaching, partner, gateway, 1 + random.Next(2), null, 5 + random.Next(3)),
            Condition(SimConditionType.StaffTraining, gateway, partner, 1 + random.Next(2), null, 5),
        ];
    }
}
