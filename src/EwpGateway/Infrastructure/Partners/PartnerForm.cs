using System.Globalization;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>The <c>application/x-www-form-urlencoded</c> parameters of a partner read call (repeatable names allowed).</summary>
internal static class PartnerForm
{
    public static FormUrlEncodedContent Create(IEnumerable<KeyValuePair<string, string>> parameters) => new(parameters);

    /// <summary>An <c>xs:dateTime</c> in UTC with seconds, e.g. <c>2026-03-01T10:15:00Z</c>, as <c>modified_since</c> takes it.</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The ids in batches of at most <paramref name="max"/> (the partner's <c>max-*-ids</c>).</summary>
    public static IEnumerable<string[]> Batches(IEnumerable<string> ids, int max) =>
        ids.Distinct(StringComparer.Ordinal).Chunk(Math.Max(1, max));
}
