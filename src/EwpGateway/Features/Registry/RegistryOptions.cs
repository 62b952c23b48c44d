namespace EwpGateway.Features.Registry;

/// <summary>Where the EWP registry catalogue comes from and how often it is refreshed (section <c>Ewp:Registry</c>).</summary>
internal sealed class RegistryOptions
{
    public const string SectionName = "Ewp:Registry";

    /// <summary>The catalogue: an <c>http(s)://</c> URL, or a file path (relative to the content root). Required.</summary>
    public string Url { get; set; } = "";

    /// <summary>How often the catalogue is refreshed. Default <c>00:15:00</c>; the spec allows 1 minute to 3 hours.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Where the last good catalogue is kept, so a start with the registry down still has one.
    /// Default <c>data/registry-catalogue.xml</c>, relative to the content root.
    /// </summary>
    public string CachePath { get; set; } = "data/registry-catalogue.xml";

    /// <summary>Time limit of one download of the catalogue. Default <c>00:00:30</c>; between 1 second and 5 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether <see cref="Url"/> is an HTTP(S) URL rather than a file path.</summary>
    public bool IsHttp => Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
