namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A phone or fax number of a contact (EWP <c>p:PhoneNumber</c>).</summary>
internal sealed class ContactPhone
{
    /// <summary>Whether this is a <c>fax-number</c> rather than a <c>phone-number</c>.</summary>
    public bool IsFax { get; set; }

    /// <summary>E.164 form, e.g. <c>+48225534000</c>.</summary>
    public string? E164 { get; set; }

    public string? Extension { get; set; }

    public string? OtherFormat { get; set; }
}
