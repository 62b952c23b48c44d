namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>An organizational unit (faculty, department) of an <see cref="Institution"/> (EWP OUnits API).</summary>
internal sealed class OrganizationalUnit
{
    /// <summary>EWP <c>ounit-id</c>, unique within the institution.</summary>
    public string OunitId { get; set; } = "";

    /// <summary>EWP <c>ounit-code</c>, human-readable.</summary>
    public string? OunitCode { get; set; }

    public string? ParentOunitId { get; set; }

    public List<LocalizedText> Names { get; set; } = [];

    /// <summary>EWP <c>website-url</c>.</summary>
    public string? WebsiteUrl { get; set; }
}
