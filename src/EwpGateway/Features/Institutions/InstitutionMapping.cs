using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Institutions;

/// <summary>InstitutionService messages to the canonical <see cref="Model.Institution"/> and back.</summary>
internal static class InstitutionMapping
{
    /// <summary>EWP <c>other-id</c> type of the Erasmus code.</summary>
    public const string ErasmusIdType = "erasmus";

    /// <summary>EWP <c>other-id</c> type of the PIC.</summary>
    public const string PicIdType = "pic";

    /// <summary>
    /// The institution an upsert stores. Other ids the API does not carry (e.g. <c>erasmus-charter</c> from the
    /// partner's Institutions API) and the provenance of an existing institution are kept.
    /// </summary>
    public static Model.Institution ToModel(Institution institution, Model.Institution? existing)
    {
        var otherIds = existing?.OtherIds.Where(o => o.Type is not (ErasmusIdType or PicIdType)).ToList() ?? [];
        AddOtherId(otherIds, ErasmusIdType, institution.ErasmusCode);
        AddOtherId(otherIds, PicIdType, institution.Pic);
        return new Model.Institution
        {
            Id = institution.HeiId,
            Names = [.. institution.Names.Select(CommonMapping.ToModel)],
            OtherIds = otherIds,
            OrganizationalUnits = [.. institution.OrganizationalUnits.Select(u => new Model.OrganizationalUnit
            {
                OunitId = u.OunitId,
                OunitCode = CommonMapping.Optional(u.OunitCode),
                ParentOunitId = CommonMapping.Optional(u.ParentOunitId),
                Names = [.. u.Names.Select(CommonMapping.ToModel)],
                WebsiteUrl = CommonMapping.Optional(u.WebsiteUrl),
            })],
            Abbreviation = CommonMapping.Optional(institution.Abbreviation),
            WebsiteUrl = CommonMapping.Optional(institution.WebsiteUrl),
            Country = CommonMapping.Optional(institution.Country),
            Contacts =
            [
                .. institution.Contacts.Select(c => ContactMapping.ToInstitutionContact(c, null)),
                .. institution.OrganizationalUnits.SelectMany(u => u.Contacts.Select(c => ContactMapping.ToInstitutionContact(c, u.OunitId))),
            ],
            Provenance = existing?.Provenance ?? new Model.Provenance { Source = Model.ProvenanceSource.Local },
        };
    }

    public static Institution ToProto(Model.Institution institution, string homeHeiId) => new()
    {
        HeiId = institution.Id,
        Version = institution.Version,
        ErasmusCode = institution.OtherIds.FirstOrDefault(o => o.Type == ErasmusIdType)?.Value ?? "",
        Pic = institution.OtherIds.FirstOrDefault(o => o.Type == PicIdType)?.Value ?? "",
        Names = { institution.Names.Select(CommonMapping.ToProto) },
        OrganizationalUnits = { institution.OrganizationalUnits.Select(u => new OrganizationalUnit
        {
            OunitId = u.OunitId,
            OunitCode = u.OunitCode ?? "",
            ParentOunitId = u.ParentOunitId ?? "",
            Names = { u.Names.Select(CommonMapping.ToProto) },
            WebsiteUrl = u.WebsiteUrl ?? "",
            Contacts = { institution.Contacts.Where(c => c.OunitId == u.OunitId).Select(ContactMapping.ToProto) },
        }) },
        Abbreviation = institution.Abbreviation ?? "",
        WebsiteUrl = institution.WebsiteUrl ?? "",
        Country = institution.Country ?? "",
        Contacts = { institution.Contacts.Where(c => c.OunitId is null).Select(ContactMapping.ToProto) },
        IsHome = string.Equals(institution.Id, homeHeiId, StringComparison.OrdinalIgnoreCase),
        Provenance = CommonMapping.ToProto(institution.Provenance),
        UpdatedAt = CommonMapping.ToTimestamp(institution.Provenance.LastModified),
    };

    private static void AddOtherId(List<Model.OtherId> otherIds, string type, string value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            otherIds.Add(new Model.OtherId { Type = type, Value = value });
        }
    }
}
