namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// One answer of the gateway to a simulated partner: when it was asked, what, the HTTP status (0: no answer, the
/// connection failed or timed out), the local name of the XML root of the body (<c>error-response</c> for errors) and
/// how long the answer took.
/// </summary>
internal sealed record GatewayAnswer(DateTimeOffset At, string Partner, string Path, int Status, string? Root, TimeSpan Took)
{
    public bool IsErrorResponse => Root == "error-response";
}
