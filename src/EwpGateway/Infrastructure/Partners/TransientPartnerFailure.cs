using System.Net;
using EwpGateway.HttpSignatures;
using Polly;
using Polly.Timeout;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>What the retry and the circuit breaker treat as a transient partner failure.</summary>
internal static class TransientPartnerFailure
{
    /// <summary>
    /// Network errors, attempt timeouts, 408, 429 and 5xx. Never a 4xx otherwise (our request is wrong; sending it
    /// again changes nothing) and never a response that failed signature verification: that is a partner
    /// misconfiguration or an attack, and a fresh attempt would only hide it.
    /// </summary>
    public static ValueTask<bool> IsTransient(Outcome<HttpResponseMessage> outcome) => ValueTask.FromResult(outcome switch
    {
        { Exception: HttpSignatureVerificationException } => false,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    });

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
