namespace EwpGateway.PartnerSimulator;

/// <summary>One request a simulated partner received, and what it did with it.</summary>
public sealed record RecordedRequest
{
    /// <summary>Gets when the request arrived (simulator clock).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Gets the endpoint that received it.</summary>
    public required SimEndpoint Endpoint { get; init; }

    /// <summary>Gets the HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>Gets the path and query as received.</summary>
    public required string PathAndQuery { get; init; }

    /// <summary>Gets the parameters of the query string and of a form body, by name.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters { get; init; }

    /// <summary>Gets the body as UTF-8 text (empty when none).</summary>
    public required string Body { get; init; }

    /// <summary>Gets a value indicating whether the request carried a valid signature of a gateway client key.</summary>
    public required bool SignatureValid { get; init; }

    /// <summary>Gets why the signature was refused, or <see langword="null"/>.</summary>
    public string? SignatureError { get; init; }

    /// <summary>Gets the <c>keyId</c> of the request's signature, when it had one.</summary>
    public string? KeyId { get; init; }

    /// <summary>Gets the status answered (0 when the connection was reset).</summary>
    public required int Status { get; init; }

    /// <summary>Gets the first fault that hit this request, or <see langword="null"/>.</summary>
    public SimFaultKind? Fault { get; init; }
}
