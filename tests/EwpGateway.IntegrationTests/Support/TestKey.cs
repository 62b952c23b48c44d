using System.Security.Cryptography;

namespace EwpGateway.IntegrationTests.Support;

/// <summary>A freshly generated RSA-2048 key with its EWP key id (hex SHA-256 of the DER SubjectPublicKeyInfo).</summary>
internal sealed class TestKey
{
    public TestKey()
    {
        Rsa = RSA.Create(2048);
        PublicKeyDer = Rsa.ExportSubjectPublicKeyInfo();
        KeyId = Convert.ToHexStringLower(SHA256.HashData(PublicKeyDer));
    }

    public RSA Rsa { get; }

    public byte[] PublicKeyDer { get; }

    public string KeyId { get; }

    public string PrivateKeyPem => Rsa.ExportPkcs8PrivateKeyPem();
}
