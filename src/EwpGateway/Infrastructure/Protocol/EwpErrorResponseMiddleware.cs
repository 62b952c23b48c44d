using System.Globalization;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Infrastructure.Protocol;

/// <summary>
/// The one place where errors on <c>/ewp/*</c> become EWP <c>&lt;error-response&gt;</c> documents: unhandled
/// exceptions (500), malformed requests rejected by the server (their own status), and every 4xx/5xx that
/// left the pipeline without a body (authentication challenges, 404, 405). It sits inside the response
/// signer, so these errors are signed like any other response. A database that is unavailable for now (restarting,
/// refusing connections) is not a bug but "temporarily unavailable": 503 with <c>Retry-After</c>, which EWP clients
/// and CNR senders retry.
/// </summary>
internal sealed class EwpErrorResponseMiddleware(RequestDelegate next, ILogger<EwpErrorResponseMiddleware> logger)
{
    /// <summary>Seconds a client is asked to wait before retrying while the database is unavailable.</summary>
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            ProtocolLog.BadRequest(logger, context.Request.Path, ex.StatusCode, ex.Message);
            context.Response.Clear();
            await EwpErrorWriter.WriteAsync(context, ex.StatusCode, ex.Message, null, context.RequestAborted);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted && DatabaseUnavailable.Is(ex))
        {
            ProtocolLog.DatabaseUnavailable(logger, context.Request.Method, context.Request.Path, ex.GetType().Name, ex.Message);
            context.Response.Clear();
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await EwpErrorWriter.WriteAsync(
                context,
                StatusCodes.Status503ServiceUnavailable,
                "The gateway's database is unavailable for the moment; try again in a few seconds.",
                null,
                context.RequestAborted);
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            ProtocolLog.UnhandledException(logger, context.Request.Method, context.Request.Path, ex);
            context.Response.Clear();
            await EwpErrorWriter.WriteAsync(
                context,
                StatusCodes.Status500InternalServerError,
                $"The gateway failed to handle this request (trace id {context.TraceIdentifier}); its administrators can find the cause in the logs.",
                null,
                context.RequestAborted);
            return;
        }

        var response = context.Response;
        if (response.StatusCode < 400 || response.HasStarted || response.ContentLength > 0 || response.ContentType is not null)
        {
            return;
        }

        await EwpErrorWriter.WriteAsync(context, response.StatusCode, DescribeError(context), null, context.RequestAborted);
    }

    private static string DescribeError(HttpContext context)
    {
        var status = context.Response.StatusCode;
        if (context.Features.Get<EwpErrorFeature>() is { } error && error.StatusCode == status)
        {
            return error.Message;
        }

        if (context.Features.Get<IHttpSignatureFailureFeature>() is { } failure && failure.StatusCode == status)
        {
            return failure.Message;
        }

        var request = context.Request;
        return context.Response.StatusCode switch
        {
            StatusCodes.Status401Unauthorized =>
                "This endpoint requires client authentication: sign the request with an HTTP signature " +
                "(Authorization: Signature, rsa-sha256, with (request-target) host date digest x-request-id signed) " +
                "using a client key listed in the EWP registry.",
            StatusCodes.Status403Forbidden =>
                "The authenticated client is not allowed to use this endpoint.",
            StatusCodes.Status404NotFound =>
                $"No EWP API is served at '{request.Path}'; see the manifest at /ewp/manifest for the URLs.",
            StatusCodes.Status405MethodNotAllowed =>
                $"HTTP method {request.Method} is not allowed on '{request.Path}'" +
                (context.Response.Headers.Allow.Count > 0 ? $"; allowed: {context.Response.Headers.Allow}." : "."),
            StatusCodes.Status413PayloadTooLarge => "The request body is larger than this endpoint accepts.",
            StatusCodes.Status415UnsupportedMediaType =>
                $"Content-Type '{request.ContentType}' is not supported here; send parameters as application/x-www-form-urlencoded.",
            _ => $"The request failed with HTTP status {context.Response.StatusCode}.",
        };
    }
}
