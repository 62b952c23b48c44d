using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Iias;

/// <summary>AgreementService messages to the canonical <see cref="Model.Agreement"/> and back.</summary>
internal static class AgreementMapping
{
    /// <summary>A new local agreement from a create request (id, version and read-only fields are the gateway's).</summary>
    public static Model.Agreement ToModel(Agreement agreement)
    {
        var model = new Model.Agreement { Provenance = new Model.Provenance { Source = Model.ProvenanceSource.Local } };
        ApplyTo(model, agreement);
        return model;
    }

    /// <summary>Copies what a caller may edit (partners, in-effect, cooperation conditions) onto a stored agreement.</summary>
    public static void ApplyTo(Model.Agreement target, Agreement agreement)
    {
        target.InEffect = agreement.InEffect;
        target.Partners = [.. agreement.Partners.Select(ToModel)];
        target.CooperationConditions = [.. agreement.CooperationConditions.Select(ToModel)];
    }

    public static Agreement ToProto(Model.Agreement agreement) => new()
    {
        Id = agreement.Id,
        Version = agreement.Version,
        Partners = { agreement.Partners.Select(ToProto) },
        InEffect = agreement.InEffect,
        CooperationConditions = { agreement.CooperationConditions.Select(ToProto) },
        TerminatedAsAWhole = agreement.TerminatedAsAWhole,
        IiaHash = agreement.IiaHash ?? "",
        Approvals = { agreement.Approvals.Select(ToProto) },
        Provenance = CommonMapping.ToProto(agreement.Provenance),
        CreatedAt = CommonMapping.ToTimestamp(agreement.Provenance.FirstSeen),
        UpdatedAt = CommonMapping.ToTimestamp(agreement.Provenance.LastModified),
    };

    private static Model.AgreementPartner ToModel(AgreementPartner partner) => new()
    {
        HeiId = partner.HeiId,
        OunitId = CommonMapping.Optional(partner.OunitId),
        IiaId = CommonMapping.Optional(partner.IiaId),
        IiaCode = CommonMapping.Optional(partner.IiaCode),
        SigningContactGivenNames = CommonMapping.Optional(partner.SigningContact?.GivenNames ?? ""),
        SigningContactFamilyName = CommonMapping.Optional(partner.SigningContact?.FamilyName ?? ""),
        SigningContactEmail = CommonMapping.Optional(partner.SigningContact?.Email ?? ""),
        SigningDate = CommonMapping.ToDate(partner.SigningDate),
    };

    private static AgreementPartner ToProto(Model.AgreementPartner partner) => new()
    {
        HeiId = partner.HeiId,
        OunitId = partner.OunitId ?? "",
        IiaId = partner.IiaId ?? "",
        IiaCode = partner.IiaCode ?? "",
        SigningContact = partner.SigningContactGivenNames is null && partner.SigningContactFamilyName is null && partner.SigningContactEmail is null
            ? null
            : new Contact
            {
                GivenNames = partner.SigningContactGivenNames ?? "",
                FamilyName = partner.SigningContactFamilyName ?? "",
                Email = partner.SigningContactEmail ?? "",
            },
        SigningDate = CommonMapping.ToDateString(partner.SigningDate),
    };

    private static Model.CooperationCondition ToModel(CooperationCondition condition) => new()
    {
        MobilityType = CommonMapping.ToModel(condition.MobilityType),
        SendingHeiId = condition.SendingHeiId,
        SendingOunitId = CommonMapping.Optional(condition.SendingOunitId),
        ReceivingHeiId = condition.ReceivingHeiId,
        ReceivingOunitId = CommonMapping.Optional(condition.ReceivingOunitId),
        ReceivingFirstAcademicYearId = condition.ReceivingFirstAcademicYearId,
        ReceivingLastAcademicYearId = condition.ReceivingLastAcademicYearId,
        MobilitiesPerYear = condition.MobilitiesPerYear == 0 ? null : condition.MobilitiesPerYear,
        TotalMonthsPerYear = condition.TotalMonthsPerYear == 0 ? null : (decimal)condition.TotalMonthsPerYear,
        TotalDaysPerYear = condition.TotalDaysPerYear == 0 ? null : (decimal)condition.TotalDaysPerYear,
        SubjectAreas = [.. condition.SubjectAreas.Select(CommonMapping.ToModel)],
        EqfLevels = [.. condition.EqfLevels.Select(level => new Model.EqfLevel { Level = level })],
        RecommendedLanguageSkills = [.. condition.RecommendedLanguageSkills.Select(CommonMapping.ToModel)],
        Blended = condition.Blended,
        OtherInfo = CommonMapping.Optional(condition.OtherInfoTerms),
    };

    private static CooperationCondition ToProto(Model.CooperationCondition condition) => new()
    {
        MobilityType = CommonMapping.ToProto(condition.MobilityType),
        SendingHeiId = condition.SendingHeiId,
        SendingOunitId = condition.SendingOunitId ?? "",
        ReceivingHeiId = condition.ReceivingHeiId,
        ReceivingOunitId = condition.ReceivingOunitId ?? "",
        ReceivingFirstAcademicYearId = condition.ReceivingFirstAcademicYearId,
        ReceivingLastAcademicYearId = condition.ReceivingLastAcademicYearId,
        MobilitiesPerYear = condition.MobilitiesPerYear ?? 0,
        TotalMonthsPerYear = (double)(condition.TotalMonthsPerYear ?? 0),
        TotalDaysPerYear = (double)(condition.TotalDaysPerYear ?? 0),
        SubjectAreas = { condition.SubjectAreas.Select(CommonMapping.ToProto) },
        EqfLevels = { condition.EqfLevels.Select(e => e.Level) },
        RecommendedLanguageSkills = { condition.RecommendedLanguageSkills.Select(CommonMapping.ToProto) },
        Blended = condition.Blended,
        OtherInfoTerms = condition.OtherInfo ?? "",
    };

    private static AgreementApproval ToProto(Model.AgreementApproval approval) => new()
    {
        ApprovingHeiId = approval.HeiId,
        IiaHash = approval.IiaHash,
        ApprovedAt = CommonMapping.ToTimestamp(approval.ApprovedAt),
    };
}
