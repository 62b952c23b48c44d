using System.Security.Cryptography;
using EwpGateway.HttpSignatures;

namespace EwpGateway.Benchmarks.Hosting;

/// <summary>A fresh RSA-2048 key with its EWP key id, as a PEM file when the gateway needs it.</summary>
internal sealed class BenchKey : IDisposable
{
    public RSA Rsa { get; } = RSA.Create(2048);

    public string KeyId => KeyFingerprint.Compute(Rsa);

    public string PublicKeyBase64 => Convert.ToBase64String(Rsa.ExportSubjectPublicKeyInfo());

    public string WritePem(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, Rsa.ExportPkcs8PrivateKeyPem());
        return path;
    }

    public void Dispose() => Rsa.Dispose();
}
