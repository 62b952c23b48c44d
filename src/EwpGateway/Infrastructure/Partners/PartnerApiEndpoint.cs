using System.Globalization;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>Where and how to call one API of one partner HEI, from the registry catalogue.</summary>
/// <param name="HeiId">The partner HEI.</param>
/// <param name="Api">The API.</param>
/// <param name="Version">The partner's <c>version</c> attribute, e.g. <c>7.0.0</c>.</param>
/// <param name="MajorVersion">The major version chosen (one we implement).</param>
/// <param name="Urls">Endpoint URLs by element name, e.g. <c>get-url</c>, <c>index-url</c>, <c>url</c>.</param>
/// <param name="Limits">The <c>max-*</c> limits by element name, e.g. <c>max-iia-ids</c>.</param>
internal sealed record PartnerApiEndpoint(
    string HeiId,
    PartnerApi Api,
    string Version,
    int MajorVersion,
    IReadOnlyDictionary<string, Uri> Urls,
    IReadOnlyDictionary<string, int> Limits)
{
    /// <summary>The URL of one endpoint (<c>get-url</c>, <c>index-url</c>, <c>update-url</c>, <c>url</c>).</summary>
    /// <exception cref="PartnerApiNotImplementedException">The partner's entry has no such URL.</exception>
    public Uri GetUrl(string name) =>
        Urls.TryGetValue(name, out var url)
            ? url
            : throw new PartnerApiNotImplementedException(
                string.Create(CultureInfo.InvariantCulture, $"{HeiId} implements {Api.LocalName} v{Version} without a valid '{name}'."));

    /// <summary>A <c>max-*</c> limit (e.g. <c>max-iia-ids</c>), or <see langword="null"/> when the partner states none.</summary>
    public int? GetLimit(string name) => Limits.TryGetValue(name, out var value) ? value : null;
}
