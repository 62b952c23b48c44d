namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>
/// A contact of an institution (EWP <c>c:Contact</c>), or of one of its units when <see cref="OunitId"/> is set.
/// Kept on the institution rather than the unit so units stay one table deep. Addresses are not carried.
/// </summary>
internal sealed class InstitutionContact
{
    /// <summary>The <see cref="OrganizationalUnit.OunitId"/> of the unit the contact belongs to; null for the institution's own.</summary>
    public string? OunitId { get; set; }

    /// <summary>EWP <c>contact-name</c>, one per language.</summary>
    public List<LocalizedText> Names { get; set; } = [];

    public List<LocalizedText> GivenNames { get; set; } = [];

    public List<LocalizedText> FamilyNames { get; set; } = [];

    /// <summary>EWP <c>person-gender</c> (ISO/IEC 5218 code).</summary>
    public string? Gender { get; set; }

    /// <summary>Phone and fax numbers, in document order (phones first).</summary>
    public List<ContactPhone> Phones { get; set; } = [];

    public List<ContactEmail> Emails { get; set; } = [];

    public List<LocalizedText> RoleDescriptions { get; set; } = [];
}
