using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>The server key that signs responses (srvauth-httpsig); one of the host's <c>server-credentials-in-use</c>.</summary>
public interface IResponseSigningKey
{
    /// <summary>Gets the key id: the lower-case hex SHA-256 fingerprint of the public key.</summary>
    string KeyId { get; }

    /// <summary>Gets the RSA private key.</summary>
    RSA PrivateKey { get; }
}
