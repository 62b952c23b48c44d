using System.ComponentModel.DataAnnotations;

namespace EwpGateway.Features.Nominations;

/// <summary>Limits of the Outgoing Mobilities v3 API (section <c>Ewp:Omobilities</c>).</summary>
internal sealed class OmobilitiesOptions
{
    public const string SectionName = "Ewp:Omobilities";

    /// <summary>
    /// The most <c>omobility_id</c> values one <c>get</c> accepts, published as <c>max-omobility-ids</c> in the
    /// manifest. Default: 10. Range 1 to 1000.
    /// </summary>
    [Range(1, 1000)]
    public int MaxOmobilityIds { get; set; } = 10;
}
