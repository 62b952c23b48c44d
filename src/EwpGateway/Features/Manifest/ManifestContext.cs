namespace EwpGateway.Features.Manifest;

/// <summary>What an entry needs to write its URLs.</summary>
/// <param name="BaseUrl">The https base URL partners reach the gateway at, ending with a slash.</param>
internal sealed record ManifestContext(Uri BaseUrl)
{
    /// <summary>The absolute URL of a gateway path such as <c>ewp/echo</c>.</summary>
    public string Url(string relativePath) => new Uri(BaseUrl, relativePath.TrimStart('/')).AbsoluteUri;
}
