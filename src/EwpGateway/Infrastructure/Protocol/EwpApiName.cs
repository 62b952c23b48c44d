namespace EwpGateway.Infrastructure.Protocol;

/// <summary>The EWP API a request to us is for: the first path segment after <c>/ewp/</c> (e.g. <c>iias</c>, <c>iia-cnr</c>).</summary>
internal static class EwpApiName
{
    public const int MaxLength = 64;

    public static string Of(PathString path)
    {
        var value = path.Value ?? "";
        var rest = value.StartsWith("/ewp/", StringComparison.OrdinalIgnoreCase) ? value[5..] : value.TrimStart('/');
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var api = (slash < 0 ? rest : rest[..slash]).ToLowerInvariant();
        return api.Length > MaxLength ? api[..MaxLength] : api;
    }
}
