namespace EwpGateway.HttpSignatures;

/// <summary>
/// Set on the <c>HttpContext</c> when HTTP signature authentication rejects a request, so the host can write
/// one EWP <c>&lt;error-response&gt;</c> with the status and message. The scheme itself writes no body.
/// </summary>
public interface IHttpSignatureFailureFeature
{
    /// <summary>Gets the HTTP status code to answer with (400, 401, 403 or 413).</summary>
    int StatusCode { get; }

    /// <summary>Gets an English developer message that says exactly what was wrong.</summary>
    string Message { get; }

    /// <summary>Gets the reason of the failure.</summary>
    HttpSignatureFailureReason Reason { get; }
}
