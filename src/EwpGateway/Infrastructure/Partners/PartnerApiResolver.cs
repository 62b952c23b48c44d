using System.Globalization;
using System.Text.RegularExpressions;
using EwpGateway.Features.Registry;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>Chooses, per partner HEI and API, the highest version we implement and its URLs and limits from the current catalogue.</summary>
internal sealed partial class PartnerApiResolver(IRegistryCatalogueProvider catalogues)
{
    /// <exception cref="PartnerApiNotImplementedException">
    /// No catalogue is loaded, or the hosts covering <paramref name="heiId"/> list no version of the API we implement.
    /// </exception>
    public PartnerApiEndpoint Resolve(string heiId, PartnerApi api)
    {
        ArgumentException.ThrowIfNullOrEmpty(heiId);
        ArgumentNullException.ThrowIfNull(api);
        var catalogue = catalogues.Current
            ?? throw new PartnerApiNotImplementedException($"No registry catalogue is loaded: cannot find {api} of {heiId}.");

        // GetApis orders by version, highest first; the namespace names the major version, the attribute may be absent.
        var entries = catalogue.GetApis(heiId, api.LocalName);
        var chosen = entries
            .Select(e => (Entry: e, Major: MajorVersion(e)))
            .Where(x => x.Major is { } major && api.MajorVersions.Contains(major))
            .OrderBy(x => IndexOf(api.MajorVersions, x.Major!.Value))
            .Select(x => ((RegistryApiEntry, int)?)(x.Entry, x.Major!.Value))
            .FirstOrDefault();
        if (chosen is not var (entry, chosenMajor))
        {
            var found = entries.Count == 0 ? "none" : string.Join(", ", entries.Select(e => "v" + e.Version));
            throw new PartnerApiNotImplementedException(
                $"{heiId} does not implement {api} according to the registry catalogue (versions found: {found}).");
        }

        var urls = entry.Urls
            .Select(u => (u.Key, Url: Uri.TryCreate(u.Value.Trim(), UriKind.Absolute, out var uri) ? uri : null))
            .Where(u => u.Url is not null && (u.Url.Scheme == Uri.UriSchemeHttps || u.Url.Scheme == Uri.UriSchemeHttp))
            .ToDictionary(u => u.Key, u => u.Url!, StringComparer.Ordinal);
        var limits = entry.Limits
            .Select(l => (l.Key, Ok: int.TryParse(l.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0, Value: n))
            .Where(l => l.Ok)
            .ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        return new PartnerApiEndpoint(heiId, api, entry.Version, chosenMajor, urls, limits);
    }

    private static int? MajorVersion(RegistryApiEntry entry)
    {
        var match = StableVersion().Match(entry.Namespace);
        if (match.Success)
        {
            return int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        }

        var first = entry.Version.Split('.')[0];
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }

    private static int IndexOf(IReadOnlyList<int> values, int value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    [GeneratedRegex(@"/stable-v(\d+)(/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex StableVersion();
}
