namespace EwpGateway.HttpSignatures;

/// <summary>A partner's response failed srvauth-httpsig verification and must not be trusted.</summary>
public sealed class HttpSignatureVerificationException : HttpRequestException
{
    /// <summary>Initializes a new instance of the <see cref="HttpSignatureVerificationException"/> class.</summary>
    public HttpSignatureVerificationException()
        : this(HttpSignatureFailureReason.InvalidSignature, "The response signature could not be verified.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HttpSignatureVerificationException"/> class.</summary>
    /// <param name="message">What was wrong.</param>
    public HttpSignatureVerificationException(string message)
        : this(HttpSignatureFailureReason.InvalidSignature, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HttpSignatureVerificationException"/> class.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public HttpSignatureVerificationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Reason = HttpSignatureFailureReason.InvalidSignature;
    }

    /// <summary>Initializes a new instance of the <see cref="HttpSignatureVerificationException"/> class.</summary>
    /// <param name="reason">Why the response was rejected.</param>
    /// <param name="message">What was wrong.</param>
    public HttpSignatureVerificationException(HttpSignatureFailureReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>Gets why the response was rejected.</summary>
    public HttpSignatureFailureReason Reason { get; }
}
