using EwpGateway.Contracts.V1;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// The API's <see cref="Contact"/> to the model's contacts (<see cref="Model.AgreementContact"/>,
/// <see cref="Model.InstitutionContact"/>) and back. The model keeps EWP's lists (names per language, several
/// e-mails and phones); the API carries one given name, family name, e-mail and E.164 phone, which come back as the
/// first of each.
/// </summary>
internal static class ContactMapping
{
    public static Model.AgreementContact ToAgreementContact(Contact contact, Model.AgreementContactRole role, string? partnerHeiId, int? conditionIndex)
    {
        var model = new Model.AgreementContact { Role = role, PartnerHeiId = partnerHeiId, ConditionIndex = conditionIndex };
        Fill(contact, model.Names, model.GivenNames, model.FamilyNames, model.Phones, model.Emails, model.RoleDescriptions);
        return model;
    }

    public static Model.InstitutionContact ToInstitutionContact(Contact contact, string? ounitId)
    {
        var model = new Model.InstitutionContact { OunitId = ounitId };
        Fill(contact, model.Names, model.GivenNames, model.FamilyNames, model.Phones, model.Emails, model.RoleDescriptions);
        return model;
    }

    public static Contact ToProto(Model.AgreementContact contact) =>
        ToProto(contact.Names, contact.GivenNames, contact.FamilyNames, contact.Phones, contact.Emails, contact.RoleDescriptions);

    public static Contact ToProto(Model.InstitutionContact contact) =>
        ToProto(contact.Names, contact.GivenNames, contact.FamilyNames, contact.Phones, contact.Emails, contact.RoleDescriptions);

    private static void Fill(
        Contact contact,
        List<Model.LocalizedText> names,
        List<Model.LocalizedText> givenNames,
        List<Model.LocalizedText> familyNames,
        List<Model.ContactPhone> phones,
        List<Model.ContactEmail> emails,
        List<Model.LocalizedText> roleDescriptions)
    {
        names.AddRange(contact.Names.Select(CommonMapping.ToModel));
        if (contact.GivenNames.Length > 0)
        {
            givenNames.Add(new Model.LocalizedText { Text = contact.GivenNames });
        }

        if (contact.FamilyName.Length > 0)
        {
            familyNames.Add(new Model.LocalizedText { Text = contact.FamilyName });
        }

        if (contact.PhoneE164.Length > 0)
        {
            phones.Add(new Model.ContactPhone { E164 = contact.PhoneE164 });
        }

        if (contact.Email.Length > 0)
        {
            emails.Add(new Model.ContactEmail { Address = contact.Email });
        }

        roleDescriptions.AddRange(contact.RoleDescriptions.Select(CommonMapping.ToModel));
    }

    private static Contact ToProto(
        List<Model.LocalizedText> names,
        List<Model.LocalizedText> givenNames,
        List<Model.LocalizedText> familyNames,
        List<Model.ContactPhone> phones,
        List<Model.ContactEmail> emails,
        List<Model.LocalizedText> roleDescriptions) => new()
    {
        Names = { names.Select(CommonMapping.ToProto) },
        GivenNames = givenNames.FirstOrDefault()?.Text ?? "",
        FamilyName = familyNames.FirstOrDefault()?.Text ?? "",
        Email = emails.FirstOrDefault()?.Address ?? "",
        PhoneE164 = phones.FirstOrDefault(p => !p.IsFax && p.E164 is not null)?.E164 ?? "",
        RoleDescriptions = { roleDescriptions.Select(CommonMapping.ToProto) },
    };
}
