using System.Security.Cryptography;

namespace EwpGateway.PartnerSimulator;

/// <summary>
/// The two RSA keys of a simulated partner, given instead of generated (<see cref="SimulatorOptions.PartnerKeys"/>):
/// generating RSA-2048 keys is most of a network's start-up time. The caller owns the keys and disposes them.
/// </summary>
/// <param name="Client">Signs the partner's requests and CNRs.</param>
/// <param name="Server">Signs the partner's responses.</param>
public sealed record SimPartnerKeyPair(RSA Client, RSA Server)
{
    /// <summary>
    /// Reads key pairs from PEM text holding an even number of RSA private keys (PKCS#8 or PKCS#1 blocks): the first
    /// and second make the first pair (client, server), and so on. Other PEM blocks are an error.
    /// </summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The pairs, in order; the caller disposes their keys.</returns>
    /// <exception cref="FormatException">A block is not an RSA private key, or the number of keys is odd.</exception>
    public static IReadOnlyList<SimPartnerKeyPair> ReadPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var keys = new List<RSA>();
        try
        {
            var rest = pem.AsMemory();
            while (PemEncoding.TryFind(rest.Span, out var fields))
            {
                var block = rest[fields.Location];
                var label = rest[fields.Label].ToString();
                rest = rest[fields.Location.End..];
                var key = RSA.Create();
                keys.Add(key);
                if (label is not ("PRIVATE KEY" or "RSA PRIVATE KEY"))
                {
                    throw new FormatException($"PEM block {keys.Count} is a '{label}', not an RSA private key.");
                }

                try
                {
                    key.ImportFromPem(block.Span);
                }
                catch (ArgumentException ex)
                {
                    throw new FormatException($"PEM block {keys.Count} is not an RSA private key: {ex.Message}", ex);
                }
            }

            if (keys.Count % 2 != 0)
            {
                throw new FormatException($"The PEM text holds {keys.Count} keys; key pairs need an even number.");
            }

            return keys.Chunk(2).Select(p => new SimPartnerKeyPair(p[0], p[1])).ToList();
        }
        catch
        {
            keys.ForEach(k => k.Dispose());
            throw;
        }
    }
}
