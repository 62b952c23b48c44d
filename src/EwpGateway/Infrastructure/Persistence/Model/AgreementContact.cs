namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>
/// A contact of an IIA (EWP <c>c:Contact</c>): of a partner (<see cref="PartnerHeiId"/>, signing or general) or of a
/// cooperation condition (<see cref="ConditionIndex"/>, sending or receiving). Addresses are not carried.
/// </summary>
internal sealed class AgreementContact
{
    public AgreementContactRole Role { get; set; }

    /// <summary>The partner the contact belongs to (<see cref="AgreementContactRole.Signing"/> and <see cref="AgreementContactRole.Partner"/>).</summary>
    public string? PartnerHeiId { get; set; }

    /// <summary>
    /// Position in <see cref="Agreement.CooperationConditions"/> of the condition the contact belongs to
    /// (<see cref="AgreementContactRole.Sending"/> and <see cref="AgreementContactRole.Receiving"/>).
    /// </summary>
    public int? ConditionIndex { get; set; }

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
