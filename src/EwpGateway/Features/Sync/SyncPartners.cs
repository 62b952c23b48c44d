using EwpGateway.Features.Registry;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Partners;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>Which partner HEIs the registry catalogue lists for an API, and how many ids their <c>get</c> takes.</summary>
internal sealed class SyncPartners(IRegistryCatalogueProvider catalogues, PartnerApiResolver resolver, IOptions<EwpHostOptions> host)
{
    private static readonly IReadOnlyDictionary<string, PartnerApi> Known = new[]
    {
        PartnerApi.Iias, PartnerApi.IiasApproval, PartnerApi.Omobilities, PartnerApi.ImobilityTors,
    }.ToDictionary(a => a.LocalName, StringComparer.Ordinal);

    /// <summary>Every HEI but ours whose hosts implement a version of <paramref name="api"/> we call, in id order.</summary>
    public IReadOnlyList<string> Implementing(string api)
    {
        var catalogue = catalogues.Current;
        if (catalogue is null)
        {
            return [];
        }

        return catalogue.Hosts.SelectMany(h => h.HeiIds).Distinct(StringComparer.Ordinal)
            .Where(hei => !string.Equals(hei, host.Value.HeiId, StringComparison.OrdinalIgnoreCase) && Implements(hei, api))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether <paramref name="heiId"/> implements a version of <paramref name="api"/> we call.</summary>
    public bool Implements(string heiId, string api)
    {
        if (Known.TryGetValue(api, out var known))
        {
            try
            {
                _ = resolver.Resolve(heiId, known);
                return true;
            }
            catch (PartnerApiNotImplementedException)
            {
                return false;
            }
        }

        return catalogues.Current?.GetApis(heiId, api).Count > 0;
    }

    /// <summary>
    /// The most ids one <c>get</c> of <paramref name="api"/> takes at <paramref name="heiId"/>: the smallest
    /// <c>max-*-ids</c> limit of the entry we would call, 1 when it states none (the EWP default assumption).
    /// </summary>
    public int MaxIds(string heiId, string api)
    {
        IReadOnlyDictionary<string, int> limits;
        if (Known.TryGetValue(api, out var known))
        {
            try
            {
                limits = resolver.Resolve(heiId, known).Limits;
            }
            catch (PartnerApiNotImplementedException)
            {
                return 1;
            }
        }
        else
        {
            var entry = catalogues.Current?.GetApis(heiId, api).FirstOrDefault();
            limits = entry?.Limits.Select(l => (l.Key, Ok: int.TryParse(l.Value, out var n) && n > 0, Value: n))
                .Where(l => l.Ok).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal) ?? [];
        }

        var ids = limits.Where(l => l.Key.StartsWith("max-", StringComparison.Ordinal) && l.Key.EndsWith("-ids", StringComparison.Ordinal))
            .Select(l => l.Value).ToList();
        return ids.Count == 0 ? 1 : ids.Min();
    }
}
