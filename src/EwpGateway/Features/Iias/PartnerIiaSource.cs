using System.Globalization;
using System.Text;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

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

        var stored = new List<string>();
        foreach (var iia in items.Valid)
        {
            // Alone under a copy of its response root (same namespace declarations): what the iia-hash is computed over.
            var root = iia.Parent!;
            var single = new XDocument(new XElement(root.Name, root.Attributes(), iia));
            if (await StoreAsync(partnerHeiId, endpoint.Version, single, isV6, cancellationToken) is { } id)
            {
                stored.Add(id);
            }
            else
            {
                rejected.Add(TheirIiaId(iia, partnerHeiId) ?? "");
            }
        }

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

    /// <summary>Stores one valid IIA; returns the partner's id, or null when it could not be read (recorded).</summary>
    private async Task<string?> StoreAsync(string hei, string version, XDocument single, bool isV6, CancellationToken ct)
    {
        var iia = single.Root!.Elements().First();
        var theirId = TheirIiaId(iia, hei);
        if (string.IsNullOrEmpty(theirId))
        {
            await issues.RecordAsync(hei, Api, PayloadIssueKinds.MissingElement, null, $"An IIA of {hei} has no iia-id for {hei}.", ct);
            return null;
        }

        var computed = IiaHashCalculator.Compute(single)[0];
        var sent = isV6 ? computed.Hash : Child(iia, "iia-hash")?.Value.Trim();
        var hashOk = sent == computed.Hash;
        Agreement copy;
        try
        {
            copy = IiaXmlReader.Read(isV6 ? IiaV6Reading.ToV7(single) : single)[0];
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
            RawPayload = Encoding.UTF8.GetBytes(iia.ToString(SaveOptions.DisableFormatting)),
        };
        var home = copy.Partners.FirstOrDefault(p => !string.Equals(p.HeiId, hei, StringComparison.OrdinalIgnoreCase));
        var ours = await store.FindLocalCopyAsync(hei, theirId, home?.IiaId, ct);
        var comparison = ours is null ? null : await approval.CompareAsync(ours, computed, hei, theirId, ct);
        copy.HashMismatch = comparison?.Explanation;
        copy.HashComparedAt = ours is null ? null : time.GetUtcNow();
        var (saved, _) = await store.SavePartnerCopyAsync(copy, ct);

        if (!hashOk)
        {
            await issues.RecordAsync(hei, Api, "iia-hash", theirId, $"The iia-hash sent ({sent}) is not the hash of the IIA's terms ({computed.Hash}).", ct);
            return theirId;
        }

        await issues.ResolveAsync(hei, Api, theirId, ct);
        if (comparison is { Match: true } && !isV6)
        {
            await approval.ApproveIfAllowedAsync(saved, computed, ct);
        }

        return theirId;
    }
}
