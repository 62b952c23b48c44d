using System.Globalization;
using System.Text;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Partners' IIAs (v7, or v6 for partners without v7) as a sync source: lists with <c>index</c>, fetches with <c>get</c>,
/// validates every <c>iia</c> against the XSD, checks its <c>iia-hash</c>, stores it as the partner's copy (raw element
/// kept) and runs the approval flow. Invalid IIAs are recorded as payload issues and never stored.
/// </summary>
internal sealed class PartnerIiaSource(
    PartnerApiResolver resolver,
    IIiasV7Client v7,
    IIiasV6Client v6,
    PartnerResponseReader reader,
    PayloadIssueRecorder issues,
    AgreementStore store,
    PartnerIiaApproval approval,
    TimeProvider time) : IPartnerObjectSource
{
    public const string ApiName = "iias";
    public const string V7GetXsd = "_registry-service-bundled/ewp-specs-api-iias-v7.0.0/endpoints/get-response.xsd";
    public const string V7IndexXsd = "_registry-service-bundled/ewp-specs-api-iias-v7.0.0/endpoints/index-response.xsd";
    public const string V6GetXsd = "_registry-service-bundled/ewp-specs-api-iias-v6.3.0/endpoints/get-response.xsd";
    public const string V6IndexXsd = "_registry-service-bundled/ewp-specs-api-iias-v6.3.0/endpoints/index-response.xsd";
    private const string V6Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v6/endpoints/";

    public string Api => ApiName;

    public InboxKind CnrKind => InboxKind.IiaCnr;

    public async Task<PartnerIndex> ListAsync(string partnerHeiId, DateTimeOffset? modifiedSince, CancellationToken cancellationToken)
    {
        var endpoint = resolver.Resolve(partnerHeiId, PartnerApi.Iias);
        var isV6 = endpoint.MajorVersion == 6;
        var form = new List<KeyValuePair<string, string>>();
        if (isV6)
        {
            form.Add(new("hei_id", partnerHeiId));
        }

        if (modifiedSince is { } since)
        {
            form.Add(new("modified_since", since.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        }

        var url = endpoint.GetUrl("index-url");
        using var response = await reader.SendAsync(partnerHeiId, Api, () => isV6
            ? v6.IndexAsync(url, new FormUrlEncodedContent(form), cancellationToken)
            : v7.IndexAsync(url, new FormUrlEncodedContent(form), cancellationToken), cancellationToken);
        var ids = await reader.ReadIndexAsync(
            response, partnerHeiId, Api, isV6 ? V6IndexXsd : V7IndexXsd,
            XName.Get("iia-id", isV6 ? V6Ns + "index-response.xsd" : EwpNamespaces.IiasIndexResponse), cancellationToken);
        return new PartnerIndex(ids, endpoint.Version, endpoint.GetLimit("max-iia-ids") ?? 1);
    }

    public async Task<PartnerFetchResult> FetchAsync(string partnerHeiId, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var endpoint = resolver.Resolve(partnerHeiId, PartnerApi.Iias);
        var isV6 = endpoint.MajorVersion == 6;
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var form = new List<KeyValuePair<string, string>>();
        if (isV6)
        {
            form.Add(new("hei_id", partnerHeiId));
        }

        form.AddRange(wanted.Select(id => new KeyValuePair<string, string>("iia_id", id)));
        var url = endpoint.GetUrl("get-url");
        using var response = await reader.SendAsync(partnerHeiId, Api, () => isV6
            ? v6.GetAsync(url, new FormUrlEncodedContent(form), cancellationToken)
            : v7.GetAsync(url, new FormUrlEncodedContent(form), cancellationToken), cancellationToken);
        var items = await reader.ReadItemsAsync(
            response, partnerHeiId, Api, isV6 ? V6GetXsd : V7GetXsd,
            XName.Get("iia", isV6 ? V6Ns + "get-response.xsd" : EwpNamespaces.IiasGetResponse),
            iia => TheirIiaId(iia, partnerHeiId), wanted, cancellationToken);
        var rejected = items.Rejected.ToList();
        var read = new List<PartnerIiaCopy>();
        foreach (var iia in items.Valid)
        {
            if (await ReadAsync(partnerHeiId, endpoint.Version, iia, isV6, cancellationToken) is { } copy)
            {
                read.Add(copy);
            }
            else
            {
                rejected.Add(TheirIiaId(iia, partnerHeiId) ?? "");
            }
        }

        await StoreAsync(partnerHeiId, read, isV6, cancellationToken);
        var stored = read.Select(c => c.TheirId).ToList();
        var missing = wanted.Except(stored, StringComparer.Ordinal).Except(rejected, StringComparer.Ordinal).ToList();
        await store.WithdrawPartnerCopiesAsync(partnerHeiId, missing, cancellationToken);
        return new PartnerFetchResult(stored, missing, rejected);
    }

    public Task<int> WithdrawMissingAsync(string partnerHeiId, IReadOnlyCollection<string> listedIds, CancellationToken cancellationToken) =>
        store.WithdrawPartnerCopiesExceptAsync(partnerHeiId, listedIds, cancellationToken);

    /// <summary>The partner's id of the IIA: the <c>iia-id</c> of its own partner entry (the first one when not found).</summary>
    public static string? TheirIiaId(XElement iia, string partnerHeiId)
    {
        ArgumentNullException.ThrowIfNull(iia);
        var partners = iia.Elements().Where(e => e.Name.LocalName == "partner").ToList();
        var own = partners.FirstOrDefault(p => string.Equals(Child(p, "hei-id")?.Value.Trim(), partnerHeiId, StringComparison.OrdinalIgnoreCase))
            ?? partners.FirstOrDefault();
        return own is null ? null : Child(own, "iia-id")?.Value.Trim();
    }

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    /// <summary>
    /// Reads one valid IIA (an item of its get-response) into the partner's copy with its hashes, each computed as over
    /// the IIA alone in its response; null when it could not be read (recorded).
    /// </summary>
    private async Task<PartnerIiaCopy?> ReadAsync(string hei, string version, XElement iia, bool isV6, CancellationToken ct)
    {
        var theirId = TheirIiaId(iia, hei);
        if (string.IsNullOrEmpty(theirId))
        {
            await issues.RecordAsync(hei, Api, PayloadIssueKinds.MissingElement, null, $"An IIA of {hei} has no iia-id for {hei}.", ct);
            return null;
        }

        var computed = IiaHashCalculator.ComputeOne(iia);
        var sent = isV6 ? computed.Hash : Child(iia, "iia-hash")?.Value.Trim();
        Agreement copy;
        try
        {
            copy = isV6 ? IiaXmlReader.Read(IiaV6Reading.ToV7(Alone(iia)))[0] : IiaXmlReader.ReadOne(iia);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            await issues.RecordAsync(hei, Api, isV6 ? "unsupported-v6" : "unreadable", theirId, ex.Message, ct);
            return null;
        }

        copy.IiaHash = sent;
        copy.Provenance = new Provenance
        {
            Source = ProvenanceSource.Partner,
            PartnerHeiId = hei,
            PartnerObjectId = theirId,
            EwpVersion = version,
            RawPayload = XmlBytes.Of(iia),
        };
        return new PartnerIiaCopy(theirId, copy, computed, sent);
    }

    /// <summary>The IIA alone under a copy of its response root (same namespace declarations).</summary>
    private static XDocument Alone(XElement iia)
    {
        var root = iia.Parent!;
        return new XDocument(new XElement(root.Name, root.Attributes(), iia));
    }

    /// <summary>
    /// Stores the batch's copies in one transaction (each compared with our own agreement first), then records their
    /// hash issues, resolves the others' issues and runs the approval flow of those whose terms match ours.
    /// </summary>
    private async Task StoreAsync(string hei, List<PartnerIiaCopy> copies, bool isV6, CancellationToken ct)
    {
        var ours = await store.FindLocalCopiesAsync(
            hei, [.. copies.Select(c => (c.TheirId, c.Copy.Partners.FirstOrDefault(p => !string.Equals(p.HeiId, hei, StringComparison.OrdinalIgnoreCase))?.IiaId))], ct);
        foreach (var copy in copies)
        {
            var mine = ours.GetValueOrDefault(copy.TheirId);
            copy.Comparison = mine is null ? null : await approval.CompareAsync(mine, copy.Computed, hei, copy.TheirId, ct);
            copy.Copy.HashMismatch = copy.Comparison?.Explanation;
            copy.Copy.HashComparedAt = mine is null ? null : time.GetUtcNow();
        }

        var saved = await store.SavePartnerCopiesAsync([.. copies.Select(c => c.Copy)], ct);
        foreach (var copy in copies.Where(c => !c.HashOk))
        {
            await issues.RecordAsync(hei, Api, "iia-hash", copy.TheirId, $"The iia-hash sent ({copy.SentHash}) is not the hash of the IIA's terms ({copy.Computed.Hash}).", ct);
        }

        await issues.ResolveAsync(hei, Api, [.. copies.Where(c => c.HashOk).Select(c => c.TheirId)], ct);
        for (var i = 0; i < copies.Count; i++)
        {
            if (copies[i] is { HashOk: true, Comparison.Match: true } && !isV6)
            {
                await approval.ApproveIfAllowedAsync(saved[i].Copy, copies[i].Computed, ct);
            }
        }
    }
}
