using System.ComponentModel.DataAnnotations;

namespace EwpGateway.Features.Iias;

/// <summary>Limits of the IIAs v7 and IIAs Approval v2 APIs (section <c>Ewp:Iias</c>).</summary>
internal sealed class IiasOptions
{
    public const string SectionName = "Ewp:Iias";

    /// <summary>
    /// The most <c>iia_id</c> values one <c>get</c> accepts, published as <c>max-iia-ids</c> in the manifest.
    /// Default: 10. Range 1 to 1000.
    /// </summary>
    [Range(1, 1000)]
    public int MaxIiaIds { get; set; } = 10;

    /// <summary>
    /// The most <c>iia_id</c> values one IIAs Approval request accepts, published as <c>max-iia-ids</c> in its
    /// manifest entry. Default: 10. Range 1 to 1000.
    /// </summary>
    [Range(1, 1000)]
    public int MaxApprovalIiaIds { get; set; } = 10;
}
