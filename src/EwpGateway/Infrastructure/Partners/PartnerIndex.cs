namespace EwpGateway.Infrastructure.Partners;

/// <summary>What a partner's <c>index</c> (or equivalent) listed, and how many ids its <c>get</c> takes per call.</summary>
internal sealed record PartnerIndex(IReadOnlyList<string> Ids, string ApiVersion, int MaxIds);
