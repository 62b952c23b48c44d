namespace EwpGateway.HttpSignatures;

/// <summary>Set on the <c>HttpContext</c> after a request's HTTP signature verified.</summary>
public interface IHttpSignatureFeature
{
    /// <summary>Gets the verified key id.</summary>
    string KeyId { get; }

    /// <summary>Gets the <c>signature</c> parameter value, echoed in <c>X-Request-Signature</c> of a signed response.</summary>
    string Signature { get; }

    /// <summary>Gets the lower-case names of the signed headers, in signed order. Other headers are not trustworthy.</summary>
    IReadOnlyList<string> SignedHeaders { get; }
}
