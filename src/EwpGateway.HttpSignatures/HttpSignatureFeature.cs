namespace EwpGateway.HttpSignatures;

internal sealed record HttpSignatureFeature(string KeyId, string Signature, IReadOnlyList<string> SignedHeaders) : IHttpSignatureFeature;
