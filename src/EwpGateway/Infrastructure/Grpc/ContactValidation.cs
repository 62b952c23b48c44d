using EwpGateway.Contracts.V1;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>Rules for the messages of common.proto shared by several features.</summary>
internal static class ContactValidation
{
    public static void Contact(this RequestViolations violations, string field, Contact? contact)
    {
        if (contact is null)
        {
            return;
        }

        violations.Email(field + ".email", contact.Email);
        if (!string.IsNullOrEmpty(contact.PhoneE164) && !IsE164(contact.PhoneE164))
        {
            violations.Add(field + ".phone_e164", "must be a phone number in E.164 format, e.g. +33561588200");
        }
    }

    public static void SubjectArea(this RequestViolations violations, string field, SubjectArea area) =>
        violations.IscedF(field + ".isced_f_code", area.IscedFCode);

    public static void LocalizedStrings(this RequestViolations violations, string field, IList<LocalizedString> texts, bool required)
    {
        if (required && !texts.Any(t => !string.IsNullOrWhiteSpace(t.Text)))
        {
            violations.Add(field, "needs at least one non-empty text");
        }

        for (var i = 0; i < texts.Count; i++)
        {
            if (!string.IsNullOrEmpty(texts[i].Lang))
            {
                violations.LanguageTag($"{field}[{i}].lang", texts[i].Lang);
            }
        }
    }

    private static bool IsE164(string value) =>
        value.Length is >= 3 and <= 16 && value[0] == '+' && value[1] != '0' && value.Skip(1).All(char.IsAsciiDigit);
}
