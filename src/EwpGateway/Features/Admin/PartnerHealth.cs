namespace EwpGateway.Features.Admin;

/// <summary>The traffic light of a partner on the dashboard.</summary>
internal enum PartnerHealth
{
    /// <summary>Everything recent succeeded.</summary>
    Green,

    /// <summary>Working, but something needs a look (errors that did not repeat, lag, payload issues, mismatches).</summary>
    Amber,

    /// <summary>Exchanges keep failing, or CNRs were given up.</summary>
    Red,
}
