namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Who called whom in an <see cref="Exchange"/>.</summary>
internal enum ExchangeDirection
{
    /// <summary>A partner called our EWP API.</summary>
    Inbound,

    /// <summary>We called a partner's EWP API.</summary>
    Outbound,
}
