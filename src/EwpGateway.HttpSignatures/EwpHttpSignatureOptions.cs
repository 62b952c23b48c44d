using Microsoft.AspNetCore.Authentication;

namespace EwpGateway.HttpSignatures;

/// <summary>Options of the EWP HTTP signature authentication scheme (cliauth-httpsig).</summary>
public sealed class EwpHttpSignatureOptions : AuthenticationSchemeOptions
{
    /// <summary>
    /// Gets or sets how far a signed <c>Date</c>/<c>Original-Date</c> may be from the server clock, either way.
    /// Default 5 minutes; EWP forbids less than 5 minutes. X-Request-Ids are remembered for twice this time.
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = EwpHttpSignatureDefaults.MinimumClockSkew;

    /// <summary>
    /// Gets the accepted values of the <c>Host</c> header (case-insensitive, with port when not default).
    /// Default empty: any host is accepted, because the gateway may sit behind a proxy.
    /// </summary>
    public ICollection<string> AcceptedHosts { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets the largest request body that is read to check the digest, in bytes. Default 1 MiB;
    /// larger bodies are rejected with 413.
    /// </summary>
    public long MaxBodySize { get; set; } = EwpHttpSignatureDefaults.MaxBodySize;

    /// <inheritdoc />
    public override void Validate()
    {
        base.Validate();
        if (ClockSkew < EwpHttpSignatureDefaults.MinimumClockSkew)
        {
            throw new InvalidOperationException($"{nameof(ClockSkew)} must be at least 5 minutes (EWP cliauth-httpsig); it is {ClockSkew}.");
        }

        if (MaxBodySize <= 0)
        {
            throw new InvalidOperationException($"{nameof(MaxBodySize)} must be positive; it is {MaxBodySize}.");
        }
    }
}
