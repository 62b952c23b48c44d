namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A higher education institution (EWP Institutions API); <see cref="AggregateRoot.Id"/> is its SCHAC id.</summary>
internal sealed class Institution : AggregateRoot
{
    public List<LocalizedText> Names { get; set; } = [];

    public List<OtherId> OtherIds { get; set; } = [];

    public List<OrganizationalUnit> OrganizationalUnits { get; set; } = [];

    /// <summary>EWP <c>abbreviation</c>, e.g. <c>UT</c>.</summary>
    public string? Abbreviation { get; set; }

    /// <summary>EWP <c>website-url</c>.</summary>
    public string? WebsiteUrl { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country of the institution's address.</summary>
    public string? Country { get; set; }

    /// <summary>The institution's contacts and its units' ones (<see cref="InstitutionContact.OunitId"/>).</summary>
    public List<InstitutionContact> Contacts { get; set; } = [];
}
