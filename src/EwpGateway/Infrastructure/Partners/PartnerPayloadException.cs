namespace EwpGateway.Infrastructure.Partners;

/// <summary>
/// A partner answered, but nothing usable came back (not well-formed, or not valid against the API's schema). The
/// problem is already recorded as a payload issue; the caller records the failed call, without counting it twice.
/// </summary>
internal sealed class PartnerPayloadException : Exception
{
    public PartnerPayloadException()
        : this("The partner's response is not usable.")
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
