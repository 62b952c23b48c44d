using System.Xml.Linq;
using EwpGateway.Infrastructure.Xml;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Registry;

/// <summary>
/// Holds the catalogue in use and replaces it only with a newer document that parses with the hardened
/// settings and validates against <c>catalogue.xsd</c>. On any failure the last good copy stays (in memory,
/// and at start from the disk cache), and the failure is recorded in <see cref="Status"/>.
/// </summary>
internal sealed class RegistryCatalogueStore(
    RegistryFetcher fetcher,
    RegistryCatalogueParser parser,
    EwpSchemas schemas,
    IOptions<RegistryOptions> options,
    TimeProvider timeProvider,
    ILogger<RegistryCatalogueStore> logger) : IRegistryCatalogueProvider
{
    public const string CatalogueXsd = "ewp-specs-api-registry/catalogue.xsd";
    private const long MaxCharacters = RegistryFetcher.MaxBytes;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile RegistryCatalogue? _current;
    private volatile RegistryStatus _status = RegistryStatus.Initial;
    private RegistryFetchResult? _validators;

    public RegistryCatalogue? Current => _current;

    public RegistryStatus Status => _status;

    private string CachePath => fetcher.ResolvePath(options.Value.CachePath);

    /// <summary>First load at start: the registry, else the disk cache. Never throws for registry trouble.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (await RefreshAsync(cancellationToken) || _current is not null)
        {
            return;
        }

        var cachePath = CachePath;
        if (!File.Exists(cachePath))
        {
            return;
        }

        try
        {
            var bytes = await File.ReadAllBytesAsync(cachePath, cancellationToken);
            var catalogue = await ParseAsync(bytes, cancellationToken);
            _current = catalogue;
            _status = _status with { Source = cachePath, LoadedAt = catalogue.LoadedAt, HasCatalogue = true };
            RegistryLog.ServingDiskCache(logger, cachePath);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RegistryLog.DiskCacheUnusable(logger, ex, cachePath);
        }
    }

    /// <summary>Asks the registry once. Returns whether it answered with a usable catalogue (or 304).</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var source = fetcher.Source;
            var attempt = timeProvider.GetUtcNow();
            try
            {
                // Conditional headers only make sense when we hold the copy they describe.
                var result = await fetcher.FetchAsync(_current is null ? null : _validators, cancellationToken);
                if (result.IsNotModified)
                {
                    RegistryLog.CatalogueNotModified(logger, source);
                }
                else
                {
                    var catalogue = await ParseAsync(result.Content!, cancellationToken);
                    _current = catalogue;
                    _validators = result;
                    RegistryLog.CatalogueLoaded(logger, source, catalogue.Hosts.Count, catalogue.PublicKeyFingerprints.Count());
                    await WriteCacheAsync(result.Content!, cancellationToken);
                }

                var loadedAt = result.IsNotModified ? _status.LoadedAt : _current!.LoadedAt;
                _status = new RegistryStatus(
                    result.IsNotModified ? _status.Source ?? source : source, loadedAt, attempt, attempt, null, 0, _current is not null);
                return true;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var failures = _status.ConsecutiveFailures + 1;
                _status = _status with
                {
                    LastAttempt = attempt,
                    LastError = ex.Message,
                    ConsecutiveFailures = failures,
                    HasCatalogue = _current is not null,
                };
                if (_current is null)
                {
                    RegistryLog.RefreshFailedNoCatalogue(logger, ex, source, failures);
                }
                else
                {
                    RegistryLog.RefreshFailedKeepingCopy(logger, ex, source, failures, _current.LoadedAt);
                }

                return false;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<RegistryCatalogue> ParseAsync(byte[] content, CancellationToken cancellationToken)
    {
        XDocument document;
        using (var stream = new MemoryStream(content, writable: false))
        {
            document = await HardenedXml.LoadAsync(stream, MaxCharacters, cancellationToken);
        }

        var errors = schemas.Validate(document, CatalogueXsd);
        if (errors.Count > 0)
        {
            throw new InvalidDataException(
                $"The catalogue does not validate against {CatalogueXsd}: {string.Join("; ", errors.Take(5))}");
        }

        return parser.Parse(document, timeProvider.GetUtcNow());
    }

    private async Task WriteCacheAsync(byte[] content, CancellationToken cancellationToken)
    {
        var cachePath = CachePath;
        var temp = $"{cachePath}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
            await File.WriteAllBytesAsync(temp, content, cancellationToken);
            File.Move(temp, cachePath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            RegistryLog.DiskCacheWriteFailed(logger, ex, cachePath);
            TryDelete(temp);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a stray temp file does no harm.
        }
    }
}
