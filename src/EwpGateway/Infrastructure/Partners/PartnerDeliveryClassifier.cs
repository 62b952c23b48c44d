using System.Globalization;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>
/// Classifies what a partner client call returned or threw, for callers that schedule their own later attempts
/// (the outbox). The client's resilience pipeline has already retried transient failures within the call; this only
/// decides whether a later attempt may still succeed.
/// </summary>
internal static class PartnerDeliveryClassifier
{
    /// <summary>Error responses are a few hundred characters; anything longer is cut when read for its messages.</summary>
    private const long MaxErrorCharacters = 64 * 1024;

    private static readonly XNamespace Common = EwpNamespaces.CommonTypes;

    /// <summary>
    /// 2xx: delivered. 408, 429, 5xx: transient. Any other status: permanent (our request is wrong for this partner).
    /// The error names the status and the partner's <c>developer-message</c> and <c>user-message</c> when present.
    /// </summary>
    public static async Task<PartnerDelivery> FromResponseAsync(HttpResponseMessage response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return PartnerDelivery.Delivered;
        }

        var error = Describe(response.StatusCode, await ReadMessagesAsync(response, ct));
        return response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || status >= 500
            ? PartnerDelivery.Transient(error)
            : PartnerDelivery.Permanent(error);
    }

    /// <summary>
    /// A call that threw: not implemented per the registry is permanent; a network error, timeout, open circuit or
    /// a response that failed verification (Refit wraps them in <see cref="ApiRequestException"/>) is transient.
    /// </summary>
    /// <returns>The classification, or null for an exception that is not a partner failure (a bug: let it surface).</returns>
    public static PartnerDelivery? FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var cause = exception is ApiRequestException { InnerException: { } inner } ? inner : exception;
        return cause switch
        {
            PartnerApiNotImplementedException => PartnerDelivery.NotImplemented(cause.Message),
            HttpRequestException or TimeoutRejectedException or BrokenCircuitException or HttpSignatureVerificationException
                or TaskCanceledException or IOException => PartnerDelivery.Transient($"{cause.GetType().Name}: {cause.Message}"),
            _ when exception is ApiRequestException => PartnerDelivery.Transient($"{cause.GetType().Name}: {cause.Message}"),
            _ => null,
        };
    }

    private static string Describe(HttpStatusCode status, (string? Developer, string? User) messages)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {status}");
        if (!string.IsNullOrWhiteSpace(messages.Developer))
        {
            text += ": " + messages.Developer.Trim();
        }

        if (!string.IsNullOrWhiteSpace(messages.User))
        {
            text += " (user message: " + messages.User.Trim() + ")";
        }

        return text;
    }

    private static async Task<(string? Developer, string? User)> ReadMessagesAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            var document = await HardenedXml.LoadAsync(body, MaxErrorCharacters, ct);
            var root = document.Root;
            return root?.Name.LocalName == "error-response"
                ? (root.Element(Common + "developer-message")?.Value, root.Element(Common + "user-message")?.Value)
                : (null, null);
        }
        catch (XmlException)
        {
            // Not an error-response (or not XML at all): the status says enough.
            return (null, null);
        }
    }
}
