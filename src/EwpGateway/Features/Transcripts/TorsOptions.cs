using System.ComponentModel.DataAnnotations;

namespace EwpGateway.Features.Transcripts;

/// <summary>Limits and ELMO signing of the IMobility ToRs v2 API (section <c>Ewp:Tors</c>).</summary>
internal sealed class TorsOptions
{
    public const string SectionName = "Ewp:Tors";

    /// <summary>
    /// The most <c>omobility_id</c> values one <c>get</c> accepts, published as <c>max-omobility-ids</c> in the
    /// manifest. Default: 10. Range 1 to 1000.
    /// </summary>
    [Range(1, 1000)]
    public int MaxOmobilityIds { get; set; } = 10;

    /// <summary>
    /// PEM file of the RSA private key (at least 2048 bits) that signs every served ELMO document (enveloped XML
    /// signature, RSA-SHA256); relative paths are resolved against the content root. Default: none, ELMO documents
    /// are served unsigned (ToRs v2 does not require the signature).
    /// </summary>
    public string? ElmoSigningKeyPath { get; set; }
}
