using System.Text;
using EwpGateway.Infrastructure.Persistence.Model;
using static EwpGateway.Features.SampleData.SampleInstitutions;

namespace EwpGateway.Features.SampleData;

/// <summary>Outgoing and incoming nominations, and the transcripts of some of them.</summary>
internal static class SampleMobilities
{
    /// <summary>The proposal id of every incoming sample nomination, as its sending HEI numbered it.</summary>
    private const string IncomingProposalId = "proposal-1";

    public static IEnumerable<Nomination> Nominations()
    {
        yield return Under(
            Nomination("om-utwente-1", NominationDirection.Outgoing, Home, Twente, "Léa", "Dubois", new DateOnly(2004, 5, 12), "FR", 2, "0714", 7),
            "iia-ka131-utwente", "iia-ka131-utwente");
        yield return Nomination("om-validator1-1", NominationDirection.Outgoing, Home, Validator1, "Hugo", "Bernard", new DateOnly(2003, 11, 2), "FR", 1, "0610", 6);
        yield return Under(
            Nomination("im-gtu-1", NominationDirection.Incoming, Gtu, Home, "Nino", "Beridze", new DateOnly(2002, 2, 20), "GE", 2, "0715", 7),
            "p-ka171-gtu", "iia-ka171-gtu");
        var traineeship = Nomination("im-enit-1", NominationDirection.Incoming, Enit, Home, "Youssef", "Ben Salah", new DateOnly(2003, 7, 8), "TN", 1, "0711", 7);
        traineeship.MobilityType = MobilityType.StudentTraineeship;
        traineeship.SendingAcademicTermId = "2025/2026-2/2";
        yield return Under(traineeship, "p-ka171-enit", "iia-ka171-enit");
        yield return Nomination("im-validator1-1", NominationDirection.Incoming, Validator1, Home, "Test", "Student One", new DateOnly(2001, 1, 1), "BE", 9, "0610", 6);
        yield return Nomination("im-validator2-1", NominationDirection.Incoming, Validator2, Home, "Test", "Student Two", new DateOnly(2001, 2, 2), "BE", 9, "0610", 7);
    }

    /// <summary>Transcripts we publish for incoming students (French 0-20 scale), one per validator HEI among them.</summary>
    public static IEnumerable<Transcript> Transcripts()
    {
        yield return Transcript("im-gtu-1", Gtu, "Nino", "Beridze", "GE",
            Result("N7-EN-701", "Embedded systems", 5, "15.5", "16.0", "2025/2026-1/2"),
            Result("N7-EN-702", "Signal processing", 5, "13", "14.0", "2025/2026-1/2"),
            Result("N7-FLE-1", "French as a foreign language", 3, "17", "18.0", "2025/2026-1/2"));
        yield return Transcript("im-validator1-1", Validator1, "Test", "Student One", "BE",
            Result("N7-IT-601", "Software engineering", 6, "14", "7.5", "2025/2026-1/2"));
        yield return Transcript("im-validator2-1", Validator2, "Test", "Student Two", "BE",
            Result("N7-IT-701", "Distributed systems", 6, "12.5", "7.0", "2025/2026-1/2"),
            Result("N7-IT-702", "Cryptography", 4, "16", "8.5", "2025/2026-1/2"));
    }

    /// <summary>The nomination done under the agreement we store as <paramref name="agreementId"/> (<paramref name="iiaId"/> in the sending HEI's numbering).</summary>
    private static Nomination Under(Nomination nomination, string iiaId, string agreementId)
    {
        nomination.IiaId = iiaId;
        nomination.AgreementId = agreementId;
        return nomination;
    }

    private static Nomination Nomination(
        string id, NominationDirection direction, string sending, string receiving, string given, string family, DateOnly birth, string citizenship, int gender, string isced, int eqf) => new()
    {
        Id = id,
        Direction = direction,
        Student = new Student
        {
            GivenNames = given,
            FamilyName = family,
            BirthDate = birth,
            Citizenship = citizenship,
            Gender = gender,
            Email = $"{given}.{family}@students.example".Replace(' ', '-').ToLowerInvariant(),
            GlobalId = $"urn:schac:personalUniqueCode:int:esi:{sending}:{id}",
        },
        SendingHeiId = sending,
        SendingOunitId = sending == Home ? "n7" : null,
        ReceivingHeiId = receiving,
        ReceivingOunitId = receiving == Home ? "n7" : null,
        ReceivingAcademicYearId = "2025/2026",
        PlannedArrivalDate = new DateOnly(2025, 9, 1),
        PlannedDepartureDate = new DateOnly(2026, 1, 31),
        EqfLevel = eqf,
        IscedFCode = isced,
        MobilityType = MobilityType.StudentStudies,
        SendingAcademicTermId = "2025/2026-1/2",
        ActivityAttributes = "long-term",
        // Incoming nominations come from the partner: their payload is what the sync worker would have stored, with the
        // proposal id our decision answers.
        Provenance = direction == NominationDirection.Incoming
            ? new Provenance { Source = ProvenanceSource.Partner, PartnerHeiId = sending, PartnerObjectId = id, EwpVersion = "3.0.0" }
            : new Provenance(),
        CurrentProposalId = direction == NominationDirection.Incoming ? IncomingProposalId : null,
    };

    private static Transcript Transcript(string omobilityId, string sending, string given, string family, string citizenship, params TranscriptResult[] results) => new()
    {
        Id = "tor-" + omobilityId,
        OmobilityId = omobilityId,
        SendingHeiId = sending,
        ReceivingHeiId = Home,
        Learner = new Learner { GivenNames = given, FamilyName = family, Citizenship = citizenship, GlobalId = $"urn:schac:personalUniqueCode:int:esi:{sending}:{omobilityId}" },
        IssueDate = new DateTimeOffset(2026, 2, 15, 9, 0, 0, TimeSpan.Zero),
        Results = [.. results],
        Attachments =
        [
            new TranscriptAttachment
            {
                Title = "Transcript of records",
                MediaType = "application/pdf",
                Content = Encoding.ASCII.GetBytes("%PDF-1.4\n% sample transcript of records for " + omobilityId + "\n%%EOF\n"),
            },
        ],
    };

    private static TranscriptResult Result(string code, string title, decimal ects, string grade, string homeGrade, string term) => new()
    {
        CourseCode = code,
        Title = title,
        Titles = [new LocalizedText { Lang = "en", Text = title }],
        EctsCredits = ects,
        Grade = grade,
        GradingScheme = "FR 0-20 (pass 10)",
        HomeGrade = homeGrade,
        AcademicTerm = term,
        Status = "passed",
        ResultDate = new DateOnly(2026, 1, 30),
    };
}
