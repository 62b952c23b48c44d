namespace EwpGateway.HttpSignatures;

/// <summary>The outcome of a signature check: success, or a reason and an English developer message.</summary>
public sealed class HttpSignatureVerificationResult
{
    private HttpSignatureVerificationResult(HttpSignatureFailureReason reason, string message, SignatureParameters? parameters)
    {
        Reason = reason;
        Message = message;
        Parameters = parameters;
    }

    /// <summary>Gets a value indicating whether the check passed.</summary>
    public bool Succeeded => Reason == HttpSignatureFailureReason.None;

    /// <summary>Gets why the check failed, or <see cref="HttpSignatureFailureReason.None"/>.</summary>
    public HttpSignatureFailureReason Reason { get; }

    /// <summary>Gets a message that says exactly what was wrong (empty on success).</summary>
    public string Message { get; }

    /// <summary>Gets the parsed signature parameters, when they could be parsed.</summary>
    public SignatureParameters? Parameters { get; }

    /// <summary>Creates a successful result.</summary>
    /// <param name="parameters">The verified parameters.</param>
    /// <returns>The result.</returns>
    public static HttpSignatureVerificationResult Success(SignatureParameters? parameters) => new(HttpSignatureFailureReason.None, string.Empty, parameters);

    /// <summary>Creates a failed result.</summary>
    /// <param name="reason">Why it failed; not <see cref="HttpSignatureFailureReason.None"/>.</param>
    /// <param name="message">What was wrong, in English, for the developer on the other side.</param>
    /// <param name="parameters">The parsed parameters, when known.</param>
    /// <returns>The result.</returns>
    public static HttpSignatureVerificationResult Fail(HttpSignatureFailureReason reason, string message, SignatureParameters? parameters = null)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(reason, HttpSignatureFailureReason.None);
        return new(reason, message, parameters);
    }
}
