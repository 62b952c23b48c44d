using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// The <c>proposal-id</c> of a nomination: its <see cref="Nomination.CurrentProposalId"/> when one is set,
/// otherwise a digest of exactly the fields written in the v3 <c>nomination</c> element. Either way it changes if
/// and only if the nomination content changes (a status change keeps it), as the v3 XSD requires.
/// </summary>
internal static class OmobilityProposal
{
    public static string IdOf(Nomination nomination)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        if (!string.IsNullOrEmpty(nomination.CurrentProposalId))
        {
            return nomination.CurrentProposalId;
        }

        // Unit separators keep "a"+"bc" and "ab"+"c" apart.
        var content = string.Join('\u001f',
            nomination.SendingHeiId,
            nomination.SendingOunitId ?? "",
            nomination.ReceivingHeiId,
            nomination.ReceivingOunitId ?? "",
            nomination.ReceivingAcademicYearId,
            nomination.EqfLevel?.ToString(CultureInfo.InvariantCulture) ?? "",
            nomination.IscedFCode ?? "");
        return "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32];
    }
}
