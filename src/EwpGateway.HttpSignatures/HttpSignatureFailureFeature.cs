namespace EwpGateway.HttpSignatures;

internal sealed record HttpSignatureFailureFeature(int StatusCode, string Message, HttpSignatureFailureReason Reason)
    : IHttpSignatureFailureFeature;
