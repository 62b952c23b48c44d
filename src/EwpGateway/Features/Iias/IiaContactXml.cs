using System.Xml;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Reads and writes an EWP <c>c:Contact</c> of an IIA (signing, partner, sending and receiving contacts) in the
/// XSD's element order. Street and mailing addresses are not carried.
/// </summary>
internal static class IiaContactXml
{
    public const string PhoneNamespace = "https://github.com/erasmus-without-paper/ewp-specs-types-phonenumber/tree/stable-v1";

    private static readonly XNamespace C = EwpNamespaces.Contact;
    private static readonly XNamespace P = PhoneNamespace;
    private static readonly XName Lang = XNamespace.Xml + "lang";

    public static AgreementContact Read(XElement contact, AgreementContactRole role, string? partnerHeiId, int? conditionIndex)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new AgreementContact
        {
            Role = role,
            PartnerHeiId = partnerHeiId,
            ConditionIndex = conditionIndex,
            Names = Texts(contact, "contact-name"),
            GivenNames = Texts(contact, "person-given-names"),
            FamilyNames = Texts(contact, "person-family-name"),
            Gender = contact.Element(C + "person-gender")?.Value,
            Phones = [.. contact.Elements().Where(e => e.Name == P + "phone-number" || e.Name == P + "fax-number").Select(ReadPhone)],
            Emails = [.. contact.Elements(C + "email").Select(e => new ContactEmail { Address = e.Value })],
            RoleDescriptions = Texts(contact, "role-description"),
        };
    }

    /// <summary>Writes <paramref name="contact"/> as the element <paramref name="localName"/> in <paramref name="ns"/>.</summary>
    public static async Task WriteAsync(XmlWriter writer, string? prefix, string localName, string ns, AgreementContact contact)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(contact);
        await writer.WriteStartElementAsync(prefix, localName, ns);
        await WriteTextsAsync(writer, "contact-name", contact.Names);
        await WriteTextsAsync(writer, "person-given-names", contact.GivenNames);
        await WriteTextsAsync(writer, "person-family-name", contact.FamilyNames);
        if (contact.Gender is not null)
        {
            await writer.WriteElementStringAsync("c", "person-gender", EwpNamespaces.Contact, contact.Gender);
        }

        // The XSD puts every phone-number before every fax-number.
        foreach (var phone in contact.Phones.OrderBy(p => p.IsFax))
        {
            await WritePhoneAsync(writer, phone);
        }

        foreach (var email in contact.Emails)
        {
            await writer.WriteElementStringAsync("c", "email", EwpNamespaces.Contact, email.Address);
        }

        await WriteTextsAsync(writer, "role-description", contact.RoleDescriptions);
        await writer.WriteEndElementAsync();
    }

    private static ContactPhone ReadPhone(XElement phone) => new()
    {
        IsFax = phone.Name.LocalName == "fax-number",
        E164 = phone.Element(P + "e164")?.Value,
        Extension = phone.Element(P + "ext")?.Value,
        OtherFormat = phone.Element(P + "other-format")?.Value,
    };

    private static async Task WritePhoneAsync(XmlWriter writer, ContactPhone phone)
    {
        await writer.WriteStartElementAsync("p", phone.IsFax ? "fax-number" : "phone-number", PhoneNamespace);
        await WriteOptionalAsync(writer, "e164", phone.E164);
        await WriteOptionalAsync(writer, "ext", phone.Extension);
        await WriteOptionalAsync(writer, "other-format", phone.OtherFormat);
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteOptionalAsync(XmlWriter writer, string localName, string? value)
    {
        if (value is not null)
        {
            await writer.WriteElementStringAsync("p", localName, PhoneNamespace, value);
        }
    }

    private static List<LocalizedText> Texts(XElement contact, string localName) =>
        [.. contact.Elements(C + localName).Select(e => new LocalizedText { Lang = e.Attribute(Lang)?.Value, Text = e.Value })];

    private static async Task WriteTextsAsync(XmlWriter writer, string localName, List<LocalizedText> texts)
    {
        foreach (var text in texts)
        {
            await writer.WriteStartElementAsync("c", localName, EwpNamespaces.Contact);
            if (text.Lang is not null)
            {
                await writer.WriteAttributeStringAsync("xml", "lang", EwpNamespaces.Xml, text.Lang);
            }

            await writer.WriteStringAsync(text.Text);
            await writer.WriteEndElementAsync();
        }
    }
}
