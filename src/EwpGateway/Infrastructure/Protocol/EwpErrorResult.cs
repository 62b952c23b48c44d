namespace EwpGateway.Infrastructure.Protocol;

/// <summary>
/// An EWP <c>&lt;error-response&gt;</c> with its HTTP status. Endpoints return it for bad input; the
/// error middleware uses the same writer for errors raised elsewhere in the pipeline.
/// </summary>
/// <param name="StatusCode">HTTP status (4xx or 5xx).</param>
/// <param name="DeveloperMessage">English text telling the partner's developer exactly what was wrong.</param>
/// <param name="UserMessage">Optional text that the partner may show to an end user.</param>
internal sealed record EwpErrorResult(int StatusCode, string DeveloperMessage, string? UserMessage = null) : IResult
{
    public static EwpErrorResult BadRequest(string developerMessage) => new(StatusCodes.Status400BadRequest, developerMessage);

    public Task ExecuteAsync(HttpContext httpContext) =>
        EwpErrorWriter.WriteAsync(httpContext, StatusCode, DeveloperMessage, UserMessage, httpContext.RequestAborted);
}
