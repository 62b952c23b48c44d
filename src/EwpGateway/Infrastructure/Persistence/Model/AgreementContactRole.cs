namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>Where a contact of an IIA appears in the EWP document.</summary>
internal enum AgreementContactRole
{
    /// <summary>A partner's <c>signing-contact</c>.</summary>
    Signing,

    /// <summary>One of a partner's <c>contact</c> elements.</summary>
    Partner,

    /// <summary>A <c>sending-contact</c> of a cooperation condition.</summary>
    Sending,

    /// <summary>A <c>receiving-contact</c> of a cooperation condition.</summary>
    Receiving,
}
