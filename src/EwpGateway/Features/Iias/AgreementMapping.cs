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

    /// <summary>
    /// Copies what a caller may edit (partners with their signing contacts, in-effect, cooperation conditions with their
    /// sending and receiving contacts) onto a stored agreement. The partners' general contacts, which the API does not
    /// carry (they come from a partner's IIA), are kept.
    /// </summary>
    public static void ApplyTo(Model.Agreement target, Agreement agreement)
    {
        target.InEffect = agreement.InEffect;
        target.Partners = [.. agreement.Partners.Select(ToModel)];
        target.CooperationConditions = [.. agreement.CooperationConditions.Select(ToModel)];
        target.Contacts =
        [
            .. agreement.Partners.Where(p => p.SigningContact is not null)
                .Select(p => ContactMapping.ToAgreementContact(p.SigningContact, Model.AgreementContactRole.Signing, p.HeiId, null)),
            .. target.Contacts.Where(c => c.Role == Model.AgreementContactRole.Partner),
            .. agreement.CooperationConditions.SelectMany((c, i) => c.SendingContacts
                .Select(s => ContactMapping.ToAgreementContact(s, Model.AgreementContactRole.Sending, null, i))
                .Concat(c.ReceivingContacts.Select(r => ContactMapping.ToAgreementContact(r, Model.AgreementContactRole.Receiving, null, i)))),
        ];
    }

    public static Agreement ToProto(Model.Agreement agreement) => new()
    {
        Id = agreement.Id,
        Version = agreement.Version,
        Partners = { agreement.Partners.Select(p => ToProto(p, agreement.Contacts)) },
        InEffect = agreement.InEffect,
        CooperationConditions = { agreement.CooperationConditions.Select((c, i) => ToProto(c, i, agreement.Contacts)) },
        TerminatedAsAWhole = agreement.TerminatedAsAWhole,
        TerminatedAt = CommonMapping.ToTimestamp(agreement.TerminatedAt),
        TerminationReason = agreement.TerminationReason ?? "",
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

    /// <summary>The signing contact is the full one from <paramref name="contacts"/>; agreements stored before contacts were kept fall back to the partner's summary.</summary>
    private static AgreementPartner ToProto(Model.AgreementPartner partner, List<Model.AgreementContact> contacts) => new()
    {
        HeiId = partner.HeiId,
        OunitId = partner.OunitId ?? "",
        IiaId = partner.IiaId ?? "",
        IiaCode = partner.IiaCode ?? "",
        SigningContact = contacts.FirstOrDefault(c => c.Role == Model.AgreementContactRole.Signing
                && string.Equals(c.PartnerHeiId, partner.HeiId, StringComparison.OrdinalIgnoreCase)) is { } signing
            ? ContactMapping.ToProto(signing)
            : partner.SigningContactGivenNames is null && partner.SigningContactFamilyName is null && partner.SigningContactEmail is null
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

    private static CooperationCondition ToProto(Model.CooperationCondition condition, int index, List<Model.AgreementContact> contacts) => new()
    {
        MobilityType = CommonMapping.ToProto(condition.MobilityType),
        SendingHeiId = condition.SendingHeiId,
        SendingOunitId = condition.SendingOunitId ?? "",
        SendingContacts = { contacts.Where(c => c.ConditionIndex == index && c.Role == Model.AgreementContactRole.Sending).Select(ContactMapping.ToProto) },
        ReceivingHeiId = condition.ReceivingHeiId,
        ReceivingOunitId = condition.ReceivingOunitId ?? "",
        ReceivingContacts = { contacts.Where(c => c.ConditionIndex == index && c.Role == Model.AgreementContactRole.Receiving).Select(ContactMapping.ToProto) },
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
