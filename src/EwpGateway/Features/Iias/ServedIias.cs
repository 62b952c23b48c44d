using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Iias;

/// <summary>
/// What the IIAs <c>get</c> serves, kept per agreement id and version: a request then costs one small query (the ids and
/// versions the caller may see) and copying the elements written once, instead of loading every collection of every
/// agreement and writing, parsing and hashing each one again. Every change of an agreement bumps its version, so a cached entry is used only while it is current,
/// also when several gateway instances share the database. At most <see cref="Capacity"/> agreements are kept.
/// </summary>
internal sealed class ServedIias(AgreementQueries queries, LocalAgreementVersions versions, IOptions<EwpHostOptions> host)
{
    public const int Capacity = 4096;

    private static readonly XmlWriterSettings FragmentSettings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        ConformanceLevel = ConformanceLevel.Fragment,
        Indent = true,
        IndentChars = "  ",
        CloseOutput = false,
    };

    private readonly ConcurrentDictionary<string, ServedIia> _byId = new(StringComparer.Ordinal);

    /// <summary>How many agreements are held now.</summary>
    public int Count => _byId.Count;

    /// <summary>
    /// Our agreements among <paramref name="ids"/> in which one of <paramref name="callerHeiIds"/> is a partner and that we
    /// can serve (we and another HEI are partners), ordered by id.
    /// </summary>
    public async Task<IReadOnlyList<ServedIia>> VisibleAsync(IReadOnlyCollection<string> callerHeiIds, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(callerHeiIds);
        if (callerHeiIds.Count == 0)
        {
            return [];
        }

        var current = await versions.GetAsync(ids, ct);
        var stale = current.Where(c => !_byId.TryGetValue(c.Id, out var held) || held.Agreement.Version < c.Version).Select(c => c.Id).ToList();
        if (stale.Count > 0)
        {
            if (_byId.Count + stale.Count > Capacity)
            {
                _byId.Clear();
            }

            var home = host.Value.HeiId;
            foreach (var agreement in await queries.ByIdsAsync(stale, ct))
            {
                var served = await ServeAsync(agreement, home, ct);
                _byId.AddOrUpdate(agreement.Id, served, (_, held) => held.Agreement.Version > agreement.Version ? held : served);
            }
        }

        // An agreement changed between the two queries is left out rather than served in an older version.
        return [.. current
            .Select(c => _byId.TryGetValue(c.Id, out var held) && held.Agreement.Version >= c.Version ? held : null)
            .OfType<ServedIia>()
            .Where(s => s.Hash.Length > 0 && AgreementQueries.IsVisibleTo(s.Agreement, callerHeiIds))];
    }

    private static async Task<ServedIia> ServeAsync(Agreement agreement, string home, CancellationToken ct)
    {
        if (IiaXmlWriter.OrderedPartners(agreement, home) is null)
        {
            return new ServedIia(agreement, "", ReadOnlyMemory<byte>.Empty);
        }

        var hash = (await ServedIiaHash.ComputeAsync(agreement, home, ct)).Hash;
        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, FragmentSettings))
        {
            await IiaXmlWriter.WriteIiaAsync(writer, agreement, home, hash, standalone: true);
        }

        return new ServedIia(agreement, hash, buffer.ToArray());
    }
}
