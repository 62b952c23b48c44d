using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Cryptography;

namespace EwpGateway.Features.Registry;

/// <summary>
/// An immutable, indexed snapshot of one registry catalogue. Fingerprints are lower-case hex SHA-256
/// (of the DER SubjectPublicKeyInfo for keys, of the DER certificate for certificates).
/// </summary>
internal sealed class RegistryCatalogue
{
    private readonly FrozenDictionary<string, byte[]> _publicKeys;
    private readonly FrozenDictionary<string, string[]> _heisByClientKey;
    private readonly FrozenDictionary<string, string[]> _heisByClientCertificate;
    private readonly FrozenDictionary<string, RegistryInstitution> _institutions;
    private readonly FrozenDictionary<string, RegistryApiEntry[]> _apisByHei;
    private readonly FrozenSet<string> _knownHeis;
    private readonly FrozenDictionary<string, string[]> _heisByAuthority;
    private readonly FrozenDictionary<string, string[]> _heisByHost;
    private readonly FrozenDictionary<string, int> _clientKeyCountByHei;
    private readonly FrozenDictionary<string, RegistryHost[]> _hostsByOrigin;

    // Imported once per snapshot: importing a key costs about as much as verifying a signature with it.
    private readonly ConcurrentDictionary<string, RSA> _sharedKeys = new(StringComparer.Ordinal);

    public RegistryCatalogue(
        IReadOnlyList<RegistryHost> hosts,
        IReadOnlyList<RegistryInstitution> institutions,
        IReadOnlyDictionary<string, byte[]> publicKeys,
        DateTimeOffset loadedAt)
    {
        Hosts = hosts;
        Institutions = institutions;
        LoadedAt = loadedAt;
        _publicKeys = publicKeys.ToFrozenDictionary(StringComparer.Ordinal);
        _heisByClientKey = IndexHeis(hosts, h => h.ClientKeys);
        _heisByClientCertificate = IndexHeis(hosts, h => h.ClientCertificates);
        _institutions = institutions.GroupBy(i => i.HeiId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _apisByHei = hosts
            .SelectMany(h => h.HeiIds.Distinct(StringComparer.Ordinal).SelectMany(hei => h.Apis.Select(api => (hei, api))))
            .GroupBy(x => x.hei, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.api).ToArray(), StringComparer.Ordinal);
        _knownHeis = institutions.Select(i => i.HeiId).Concat(hosts.SelectMany(h => h.HeiIds)).ToFrozenSet(StringComparer.Ordinal);
        _heisByAuthority = IndexByUrl(hosts, u => u.Authority);
        _heisByHost = IndexByUrl(hosts, u => u.Host);
        _clientKeyCountByHei = hosts
            .SelectMany(h => h.HeiIds.SelectMany(hei => h.ClientKeys.Select(key => (hei, key))))
            .GroupBy(x => x.hei, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.key).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        _hostsByOrigin = hosts
            .SelectMany(h => ApiUrls(h).Select(u => (Key: Origin(u), Host: h)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Host).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The HEIs covered by the hosts that serve an API on the host name <paramref name="host"/> (any port); empty when none.</summary>
    public IReadOnlyList<string> HeisServedAtHost(string host) =>
        _heisByHost.TryGetValue(host, out var heis) ? heis : [];

    /// <summary>The HEIs covered by the hosts that serve an API at <paramref name="authority"/> (host and port); empty when none.</summary>
    public IReadOnlyList<string> HeisServedAt(string authority) =>
        _heisByAuthority.TryGetValue(authority, out var heis) ? heis : [];

    /// <summary>When this snapshot was loaded (from the registry or the disk cache).</summary>
    public DateTimeOffset LoadedAt { get; }

    public IReadOnlyList<RegistryHost> Hosts { get; }

    public IReadOnlyList<RegistryInstitution> Institutions { get; }

    /// <summary>Fingerprints of the keys in <c>r:binaries</c> whose stated fingerprint matched their content.</summary>
    public IEnumerable<string> PublicKeyFingerprints => _publicKeys.Keys;

    /// <summary>Whether the HEI is listed in <c>institutions</c> or covered by some host.</summary>
    public bool IsKnownHei(string heiId) => _knownHeis.Contains(heiId);

    public RegistryInstitution? FindInstitution(string heiId) => _institutions.GetValueOrDefault(heiId);

    /// <summary>Whether some host lists this key among its <c>client-credentials-in-use</c>.</summary>
    public bool IsClientKey(string fingerprint) => _heisByClientKey.ContainsKey(fingerprint);

    /// <summary>HEIs covered by the hosts that use this client key (empty when unknown or when the hosts cover none).</summary>
    public IReadOnlyList<string> GetHeisForClientKey(string fingerprint) =>
        _heisByClientKey.GetValueOrDefault(fingerprint) ?? [];

    /// <summary>How many distinct client (HTTP signature) keys the hosts covering <paramref name="heiId"/> list: two during a rollover.</summary>
    public int ClientKeyCount(string heiId) => _clientKeyCountByHei.GetValueOrDefault(heiId);

    /// <summary>Whether some host lists this certificate among its <c>client-credentials-in-use</c>.</summary>
    public bool IsClientCertificate(string fingerprint) => _heisByClientCertificate.ContainsKey(fingerprint);

    /// <summary>HEIs covered by the hosts that use this client certificate (deprecated TLS method).</summary>
    public IReadOnlyList<string> GetHeisForClientCertificate(string fingerprint) =>
        _heisByClientCertificate.GetValueOrDefault(fingerprint) ?? [];

    /// <summary>The DER SubjectPublicKeyInfo of a key in <c>r:binaries</c>, or <see langword="null"/>.</summary>
    public ReadOnlyMemory<byte>? GetPublicKeyDer(string fingerprint)
    {
        // Spelled out: a conditional with "null" would convert null to an empty ReadOnlyMemory, not to no value.
        if (_publicKeys.TryGetValue(fingerprint, out var der))
        {
            return der;
        }

        return null;
    }

    /// <summary>
    /// The <see cref="RSA"/> of a key in <c>r:binaries</c>, imported once for this snapshot and shared by every caller
    /// and thread (for verifying only; never dispose it), or <see langword="null"/>.
    /// </summary>
    public RSA? SharedPublicKey(string fingerprint) =>
        _sharedKeys.TryGetValue(fingerprint, out var shared) ? shared
        : CreatePublicKey(fingerprint) is { } created ? _sharedKeys.GetOrAdd(fingerprint, created)
        : null;

    /// <summary>A new <see cref="RSA"/> (owned by the caller) for a key in <c>r:binaries</c>, or <see langword="null"/>.</summary>
    public RSA? CreatePublicKey(string fingerprint)
    {
        if (!_publicKeys.TryGetValue(fingerprint, out var der))
        {
            return null;
        }

        var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(der, out _);
        return rsa;
    }

    /// <summary>
    /// Whether <paramref name="fingerprint"/> is a server key of a host serving <paramref name="url"/>. The serving
    /// hosts are those with an API URL that is a prefix of <paramref name="url"/>; when there are none, those with an
    /// API URL on the same scheme and authority (hosts often serve their APIs from one dispatcher).
    /// </summary>
    public bool IsServerKeyFor(string fingerprint, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);

        // Only hosts with an API at the URL's origin can serve it (a path prefix match implies the same origin).
        if (!_hostsByOrigin.TryGetValue(Origin(url), out var sameOrigin))
        {
            return false;
        }

        var target = url.GetLeftPart(UriPartial.Path);
        var byPrefix = sameOrigin.Where(h => ApiUrls(h).Any(u => target.StartsWith(u.GetLeftPart(UriPartial.Path), StringComparison.Ordinal))).ToList();
        var serving = byPrefix.Count > 0 ? byPrefix : (IEnumerable<RegistryHost>)sameOrigin;
        return serving.Any(h => h.ServerKeys.Contains(fingerprint));
    }

    /// <summary>
    /// The API entries of the hosts covering <paramref name="heiId"/> whose element namespace or local name is
    /// <paramref name="apiNamespaceOrName"/>, highest <c>version</c> first.
    /// </summary>
    public IReadOnlyList<RegistryApiEntry> GetApis(string heiId, string apiNamespaceOrName)
    {
        if (!_apisByHei.TryGetValue(heiId, out var apis))
        {
            return [];
        }

        return apis
            .Where(a => string.Equals(a.Namespace, apiNamespaceOrName, StringComparison.Ordinal)
                || string.Equals(a.LocalName, apiNamespaceOrName, StringComparison.Ordinal))
            .OrderByDescending(a => a.Version, Comparer<string>.Create(RegistryApiEntry.CompareVersions))
            .ToList();
    }

    /// <summary>Every API entry of the hosts covering <paramref name="heiId"/>, by name, highest version first.</summary>
    public IReadOnlyList<RegistryApiEntry> GetAllApis(string heiId) =>
        _apisByHei.TryGetValue(heiId, out var apis)
            ? apis.OrderBy(a => a.LocalName, StringComparer.Ordinal)
                .ThenByDescending(a => a.Version, Comparer<string>.Create(RegistryApiEntry.CompareVersions))
                .ToList()
            : [];

    private static IEnumerable<Uri> ApiUrls(RegistryHost host) =>
        host.Apis.SelectMany(a => a.Urls.Values)
            .Select(u => Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>();

    /// <summary>Scheme, host and port, compared without regard to case.</summary>
    private static string Origin(Uri url) => $"{url.Scheme}://{url.IdnHost}:{url.Port}".ToLowerInvariant();

    private static FrozenDictionary<string, string[]> IndexHeis(IEnumerable<RegistryHost> hosts, Func<RegistryHost, IReadOnlySet<string>> credentials) =>
        hosts.SelectMany(h => credentials(h).Select(fp => (fp, h.HeiIds)))
            .GroupBy(x => x.fp, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.SelectMany(x => x.HeiIds).Distinct(StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);

    private static FrozenDictionary<string, string[]> IndexByUrl(IReadOnlyList<RegistryHost> hosts, Func<Uri, string> part) =>
        hosts
            .SelectMany(h => ApiUrls(h).Select(u => (Key: part(u), h.HeiIds)))
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.SelectMany(x => x.HeiIds).Distinct(StringComparer.Ordinal).ToArray(),
                StringComparer.OrdinalIgnoreCase);
}
