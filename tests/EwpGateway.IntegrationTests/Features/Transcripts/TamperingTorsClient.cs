using System.Text;
using EwpGateway.Infrastructure.Partners;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>The real ToRs client, with the (verified) get answer altered on its way in, as a man in the middle of a
/// TLS-terminating proxy or a buggy partner middleware would do to a signed ELMO document.</summary>
internal sealed class TamperingTorsClient(IImobilityTorsV2Client inner, Func<string, string> tamper) : IImobilityTorsV2Client
{
    public async Task<HttpResponseMessage> GetAsync(Uri url, HttpContent form, CancellationToken cancellationToken)
    {
        using var response = await inner.GetAsync(url, form, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new HttpResponseMessage(response.StatusCode) { Content = new StringContent(tamper(body), Encoding.UTF8, "text/xml") };
    }

    public Task<HttpResponseMessage> IndexAsync(Uri url, HttpContent form, CancellationToken cancellationToken) =>
        inner.IndexAsync(url, form, cancellationToken);
}
