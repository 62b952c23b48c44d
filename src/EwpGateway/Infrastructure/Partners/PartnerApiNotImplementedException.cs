namespace EwpGateway.Infrastructure.Partners;

/// <summary>The registry catalogue shows no version we implement of an API of a partner HEI (or no catalogue is loaded).</summary>
internal sealed class PartnerApiNotImplementedException : Exception
{
    public PartnerApiNotImplementedException()
        : this("The partner does not implement the API.")
    {
    }

    public PartnerApiNotImplementedException(string message)
        : base(message)
    {
    }

    public PartnerApiNotImplementedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
