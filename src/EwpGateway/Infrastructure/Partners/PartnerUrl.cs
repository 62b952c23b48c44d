namespace EwpGateway.Infrastructure.Partners;

/// <summary>
/// Carries the absolute endpoint URL of one partner call from the Refit method (a <c>[Property]</c> parameter) to
/// <see cref="PartnerUrlHandler"/>, which makes it the request URI.
/// </summary>
/// <remarks>
/// Why per-call URLs: the registry gives every endpoint (get, index, update, CNR) of every partner as its own absolute
/// URL, which may sit on any host, under any path, even with a query. Refit only knows a base address per client, so
/// the clients are registered once with a placeholder base address and each method takes the registry's URL verbatim.
/// This keeps one typed client per API (no client per partner to create, cache or dispose) and lets the resilience
/// pipeline see the real partner authority.
/// </remarks>
internal static class PartnerUrl
{
    /// <summary>The <see cref="HttpRequestMessage.Options"/> key of the endpoint URL.</summary>
    public const string OptionKey = "ewp-partner-url";

    /// <summary>The base address the clients are registered with; never called (the handler replaces it).</summary>
    public static readonly Uri Placeholder = new("http://ewp-partner.invalid/");

    public static readonly HttpRequestOptionsKey<Uri> Key = new(OptionKey);
}
