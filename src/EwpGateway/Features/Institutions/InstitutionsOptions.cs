using System.ComponentModel.DataAnnotations;

namespace EwpGateway.Features.Institutions;

/// <summary>Limits of the Institutions v2 API (section <c>Ewp:Institutions</c>).</summary>
internal sealed class InstitutionsOptions
{
    public const string SectionName = "Ewp:Institutions";

    /// <summary>The most <c>hei_id</c> values one request accepts (<c>max-hei-ids</c> in the manifest). Default: 10. Range 1 to 1000.</summary>
    [Range(1, 1000)]
    public int MaxHeiIds { get; set; } = 10;
}
