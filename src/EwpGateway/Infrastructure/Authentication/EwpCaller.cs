using System.Security.Claims;
using EwpGateway.HttpSignatures;

namespace EwpGateway.Infrastructure.Authentication;

/// <summary>Who an authenticated EWP caller speaks for, whichever method authenticated it.</summary>
internal static class EwpCaller
{
    /// <summary>The HEI ids the caller's key or certificate covers in the registry (each once).</summary>
    public static string[] HeiIds(ClaimsPrincipal user) =>
        [.. user.FindAll(EwpClaimTypes.HeiId).Select(c => c.Value).Distinct(StringComparer.OrdinalIgnoreCase)];
}
