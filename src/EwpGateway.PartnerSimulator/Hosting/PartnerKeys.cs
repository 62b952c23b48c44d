using System.Security.Cryptography;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>A simulated partner's RSA keys: client (signs requests), server (signs responses) and one nobody lists.</summary>
internal sealed class PartnerKeys : IDisposable
{
    public RSA Client { get; } = RSA.Create(2048);

    public RSA Server { get; } = RSA.Create(2048);

    /// <summary>The "expired" key of <see cref="PartnerFaults.UnlistedSigningKey"/>: never in the catalogue.</summary>
    public RSA Unlisted { get; } = RSA.Create(2048);

    public void Dispose()
    {
        Client.Dispose();
        Server.Dispose();
        Unlisted.Dispose();
    }
}
