using System.Security.Cryptography;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>
/// A simulated partner's RSA keys: client (signs requests), server (signs responses) and one nobody lists. The client
/// and server keys are generated unless given (<see cref="SimulatorOptions.PartnerKeys"/>); given keys stay the
/// caller's to dispose.
/// </summary>
internal sealed class PartnerKeys(SimPartnerKeyPair? given) : IDisposable
{
    private readonly Lazy<RSA> _unlisted = new(() => RSA.Create(2048));

    public RSA Client { get; } = given?.Client ?? RSA.Create(2048);

    public RSA Server { get; } = given?.Server ?? RSA.Create(2048);

    /// <summary>The "expired" key of <see cref="PartnerFaults.UnlistedSigningKey"/>: never in the catalogue, made on first use.</summary>
    public RSA Unlisted => _unlisted.Value;

    public void Dispose()
    {
        if (given is null)
        {
            Client.Dispose();
            Server.Dispose();
        }

        if (_unlisted.IsValueCreated)
        {
            _unlisted.Value.Dispose();
        }
    }
}
