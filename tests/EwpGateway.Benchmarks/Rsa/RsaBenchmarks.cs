using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace EwpGateway.Benchmarks.Rsa;

/// <summary>
/// The cost of one RSA-2048 PKCS#1 v1.5 SHA-256 signature and verification over a signing string the size of a signed
/// EWP response's (date, digest, x-request-id, x-request-signature). BenchmarkDotNet runs each on one thread.
/// </summary>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet needs instance methods.")]
public class RsaBenchmarks : IDisposable
{
    private RSA? _key;
    private byte[] _data = [];
    private byte[] _signature = [];

    [GlobalSetup]
    public void Setup()
    {
        _key = RSA.Create(2048);
        _data = Encoding.UTF8.GetBytes(
            "date: Tue, 07 Jun 2026 20:51:35 GMT\ndigest: SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=\n"
            + "x-request-id: 6a1f3d5e-2c4b-4f8e-9d7a-1b2c3d4e5f60\nx-request-signature: " + new string('A', 344));
        _signature = _key.SignData(_data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    [Benchmark]
    public byte[] Sign() => _key!.SignData(_data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [Benchmark]
    public bool Verify() => _key!.VerifyData(_data, _signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [GlobalCleanup]
    public void Dispose()
    {
        _key?.Dispose();
        GC.SuppressFinalize(this);
    }
}
