namespace EwpGateway.Features.Iias;

/// <summary>The <c>iia-hash</c> of one <c>&lt;iia&gt;</c> and how it was obtained.</summary>
/// <param name="PartnerOneIiaId">The first partner's <c>iia-id</c> (how the official XSLT names the IIA).</param>
/// <param name="TextToHash">The exact text whose UTF-8 SHA-256 is the hash.</param>
/// <param name="Hash">Lower-case hex SHA-256 of <paramref name="TextToHash"/>.</param>
/// <param name="ValidForApproval">False when not-yet-defined values or v6 ISCED codes are present (such IIAs must not be approved).</param>
/// <param name="Fields">The items of the text, in order (what <c>--against</c> compares).</param>
/// <param name="PartnerIiaIds">Every partner's <c>iia-id</c>, in order.</param>
internal sealed record IiaHashResult(
    string PartnerOneIiaId, string TextToHash, string Hash, bool ValidForApproval, IReadOnlyList<IiaHashField> Fields, IReadOnlyList<string> PartnerIiaIds);
