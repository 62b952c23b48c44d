namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// One answer of the gateway to a simulated partner: when it was asked, what, the HTTP status (0: no answer, the
/// connection failed or timed out) and the local name of the XML root of the body (<c>error-response</c> for errors).
/// </summary>
internal sealed record GatewayAnswer(DateTimeOffset At, string Partner, string Path, int Status, string? Root)
{
    public bool IsErrorResponse => Root == "error-response";
}
