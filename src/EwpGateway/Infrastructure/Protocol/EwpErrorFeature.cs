namespace EwpGateway.Infrastructure.Protocol;

/// <summary>
/// Set by pipeline components that reject a request without writing a body (e.g. an authentication
/// handler), so the error middleware can tell the partner exactly what was wrong.
/// </summary>
/// <param name="StatusCode">The status the message belongs to.</param>
/// <param name="Message">The developer message.</param>
internal sealed record EwpErrorFeature(int StatusCode, string Message);
