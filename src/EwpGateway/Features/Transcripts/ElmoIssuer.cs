using EwpGateway.Infrastructure.Hosting;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// The ELMO <c>report/issuer</c> of our transcripts: our SCHAC id (identifier type <c>schac</c>, as the ToRs spec
/// asks), our other ids, names and web address.
/// </summary>
/// <param name="HeiId">Our SCHAC id.</param>
/// <param name="Names">Names by language tag; ELMO needs at least one title, so an empty map falls back to the SCHAC id.</param>
/// <param name="OtherIds">Other identifiers by type (<c>erasmus</c>, <c>pic</c>, ...).</param>
/// <param name="Url">The institution's web address (required by ELMO).</param>
internal sealed record ElmoIssuer(
    string HeiId, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> OtherIds, string Url)
{
    /// <summary>The issuer described by the host options; the web address defaults to <c>https://</c> + SCHAC id.</summary>
    public static ElmoIssuer From(EwpHostOptions host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new ElmoIssuer(host.HeiId, host.InstitutionNames, host.InstitutionOtherIds, "https://" + host.HeiId);
    }
}
