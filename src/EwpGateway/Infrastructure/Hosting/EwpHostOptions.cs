using System.ComponentModel.DataAnnotations;

namespace EwpGateway.Infrastructure.Hosting;

/// <summary>Who this gateway is on the EWP network (section <c>Ewp</c>).</summary>
internal sealed class EwpHostOptions
{
    public const string SectionName = "Ewp";

    /// <summary>SCHAC id of the home institution, e.g. <c>inp-toulouse.fr</c>. Required.</summary>
    [Required]
    [RegularExpression("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$",
        ErrorMessage = "Ewp:HeiId must be a lower-case SCHAC id (an internet domain such as inp-toulouse.fr).")]
    public string HeiId { get; set; } = "";

    /// <summary>
    /// Base URL partners use to reach the gateway (an https URL; the manifest's API URLs are built from it). When set, its
    /// host is also the only <c>Host</c> a signed request may name (400 otherwise): a request signed for another server
    /// cannot be replayed to this one. Default: none, the URLs are built from the request's host with the https scheme.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Addresses of the people who answer for this host (the manifest needs at least one). Default: none.</summary>
    [MinLength(1, ErrorMessage = "Ewp:AdminEmails needs at least one address: the EWP manifest requires an admin-email.")]
    public List<string> AdminEmails { get; set; } = [];

    /// <summary>Name of the EWP host provider shown in the manifest. Default: <c>EwpGateway</c>.</summary>
    [Required]
    public string AdminProvider { get; set; } = "EwpGateway";

    /// <summary>Free text for partners' developers, shown in the manifest. Default: none.</summary>
    public string? AdminNotes { get; set; }

    /// <summary>Names of the institution by language tag (<c>en</c>, <c>fr</c>, ...). Default: none.</summary>
    public Dictionary<string, string> InstitutionNames { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Other identifiers by type (<c>erasmus</c>, <c>erasmus-charter</c>, <c>pic</c>, ...). Default: none.</summary>
    public Dictionary<string, string> InstitutionOtherIds { get; set; } = new(StringComparer.Ordinal);
}
