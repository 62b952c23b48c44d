using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Nominations;

/// <summary>NominationService messages to the canonical <see cref="Model.Nomination"/> and back.</summary>
internal static class NominationMapping
{
    /// <summary>A new local outgoing nomination from a create request: a draft until it is submitted.</summary>
    public static Model.Nomination ToModel(Nomination nomination)
    {
        var model = new Model.Nomination
        {
            Direction = Model.NominationDirection.Outgoing,
            Status = Model.NominationStatus.Draft,
            Provenance = new Model.Provenance { Source = Model.ProvenanceSource.Local },
        };
        ApplyTo(model, nomination);
        return model;
    }

    /// <summary>Copies what a caller may edit onto a stored nomination (not its direction, status or proposal).</summary>
    public static void ApplyTo(Model.Nomination target, Nomination nomination)
    {
        target.Student = ToModel(nomination.Student);
        target.SendingHeiId = nomination.SendingHeiId;
        target.SendingOunitId = CommonMapping.Optional(nomination.SendingOunitId);
        target.ReceivingHeiId = nomination.ReceivingHeiId;
        target.ReceivingOunitId = CommonMapping.Optional(nomination.ReceivingOunitId);
        target.ReceivingAcademicYearId = nomination.ReceivingAcademicYearId;
        target.PlannedArrivalDate = CommonMapping.ToDate(nomination.PlannedStartDate);
        target.PlannedDepartureDate = CommonMapping.ToDate(nomination.PlannedEndDate);
        target.EqfLevel = nomination.EqfLevelStudiedAtDeparture == 0 ? null : nomination.EqfLevelStudiedAtDeparture;
        target.IscedFCode = CommonMapping.Optional(nomination.NomineeIscedFCode);
        target.MobilityType = nomination.MobilityType == MobilityType.Unspecified ? null : CommonMapping.ToModel(nomination.MobilityType);
        target.SendingAcademicTermId = CommonMapping.Optional(nomination.SendingAcademicTermId);
        target.ActivityAttributes = CommonMapping.Optional(nomination.ActivityAttributes);
        target.IiaId = CommonMapping.Optional(nomination.IiaId);
        target.AgreementId = CommonMapping.Optional(nomination.AgreementId);
    }

    public static Nomination ToProto(Model.Nomination nomination) => new()
    {
        Id = nomination.Id,
        Version = nomination.Version,
        Direction = nomination.Direction == Model.NominationDirection.Incoming ? NominationDirection.Incoming : NominationDirection.Outgoing,
        Student = ToProto(nomination.Student),
        SendingHeiId = nomination.SendingHeiId,
        SendingOunitId = nomination.SendingOunitId ?? "",
        ReceivingHeiId = nomination.ReceivingHeiId,
        ReceivingOunitId = nomination.ReceivingOunitId ?? "",
        ReceivingAcademicYearId = nomination.ReceivingAcademicYearId,
        SendingAcademicTermId = nomination.SendingAcademicTermId ?? "",
        PlannedStartDate = CommonMapping.ToDateString(nomination.PlannedArrivalDate),
        PlannedEndDate = CommonMapping.ToDateString(nomination.PlannedDepartureDate),
        NomineeIscedFCode = nomination.IscedFCode ?? "",
        EqfLevelStudiedAtDeparture = nomination.EqfLevel ?? 0,
        MobilityType = nomination.MobilityType is { } type ? CommonMapping.ToProto(type) : MobilityType.Unspecified,
        ActivityAttributes = nomination.ActivityAttributes ?? "",
        IiaId = nomination.IiaId ?? "",
        AgreementId = nomination.AgreementId ?? "",
        Status = ToProto(nomination.Status),
        History = { nomination.StatusHistory.Select(change => ToProto(change, nomination)) },
        ProposalId = nomination.CurrentProposalId ?? "",
        Comment = nomination.DecisionComment ?? "",
        Provenance = CommonMapping.ToProto(nomination.Provenance),
        CreatedAt = CommonMapping.ToTimestamp(nomination.Provenance.FirstSeen),
        UpdatedAt = CommonMapping.ToTimestamp(nomination.Provenance.LastModified),
    };

    /// <summary>The model status a list filter names; null when it names none.</summary>
    public static Model.NominationStatus? ToModel(NominationStatus status) => status switch
    {
        NominationStatus.Draft => Model.NominationStatus.Draft,
        NominationStatus.Pending => Model.NominationStatus.Nominated,
        NominationStatus.Approved => Model.NominationStatus.Accepted,
        NominationStatus.Rejected => Model.NominationStatus.Rejected,
        NominationStatus.Cancelled => Model.NominationStatus.Cancelled,
        _ => null,
    };

    public static Model.NominationDirection? ToModel(NominationDirection direction) => direction switch
    {
        NominationDirection.Outgoing => Model.NominationDirection.Outgoing,
        NominationDirection.Incoming => Model.NominationDirection.Incoming,
        _ => null,
    };

    /// <summary>EWP knows no "live" or "recognized" status: for the receiving HEI's decision both are still approved.</summary>
    private static NominationStatus ToProto(Model.NominationStatus status) => status switch
    {
        Model.NominationStatus.Draft => NominationStatus.Draft,
        Model.NominationStatus.Nominated => NominationStatus.Pending,
        Model.NominationStatus.Rejected => NominationStatus.Rejected,
        Model.NominationStatus.Cancelled => NominationStatus.Cancelled,
        _ => NominationStatus.Approved,
    };

    /// <summary>Who made a change follows from EWP's roles: the receiving HEI decides, the sending HEI nominates and cancels.</summary>
    private static NominationStatusChange ToProto(Model.NominationStatusChange change, Model.Nomination nomination) => new()
    {
        Status = ToProto(change.Status),
        At = CommonMapping.ToTimestamp(change.ChangedAt),
        Comment = change.Comment ?? "",
        ChangedByHeiId = change.Status is Model.NominationStatus.Accepted or Model.NominationStatus.Rejected
            ? nomination.ReceivingHeiId
            : nomination.SendingHeiId,
    };

    private static Model.Student ToModel(Student student) => new()
    {
        GivenNames = student.GivenNames,
        FamilyName = student.FamilyName,
        GlobalId = CommonMapping.Optional(student.GlobalId),
        BirthDate = CommonMapping.ToDate(student.BirthDate),
        Citizenship = CommonMapping.Optional(student.Citizenship),
        Gender = student.Gender,
        Email = CommonMapping.Optional(student.Email),
    };

    private static Student ToProto(Model.Student student) => new()
    {
        GivenNames = student.GivenNames,
        FamilyName = student.FamilyName,
        GlobalId = student.GlobalId ?? "",
        BirthDate = CommonMapping.ToDateString(student.BirthDate),
        Citizenship = student.Citizenship ?? "",
        Gender = student.Gender ?? 0,
        Email = student.Email ?? "",
    };
}
