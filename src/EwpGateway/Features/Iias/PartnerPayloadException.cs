namespace EwpGateway.Features.Iias;

/// <summary>A partner's response could not be used at all (status, signature, malformed or invalid document); recorded as a payload issue.</summary>
internal sealed class PartnerPayloadException : Exception
{
    public PartnerPayloadException()
    {
    }

    public PartnerPayloadException(string message)
        : base(message)
    {
    }

    public PartnerPayloadException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
