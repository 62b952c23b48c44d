using System.Security.Cryptography;

namespace EwpGateway.Infrastructure.Keys;

/// <summary>One of the gateway's RSA key pairs with its EWP key id.</summary>
/// <param name="Rsa">The private key.</param>
/// <param name="KeyId">Lower-case hex SHA-256 of the DER SubjectPublicKeyInfo (what partners see as <c>keyId</c>).</param>
/// <param name="PublicKeyDer">The DER SubjectPublicKeyInfo, as published base64 in the manifest.</param>
internal sealed record GatewayKey(RSA Rsa, string KeyId, byte[] PublicKeyDer);
