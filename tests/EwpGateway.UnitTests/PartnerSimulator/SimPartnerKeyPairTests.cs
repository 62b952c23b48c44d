using System.Security.Cryptography;
using EwpGateway.HttpSignatures;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.UnitTests.PartnerSimulator;

/// <summary>Given partner keys: read from PEM in pairs, used by the network as given, refused when two partners would share one.</summary>
public sealed class SimPartnerKeyPairTests
{
    [Fact]
    public void ReadPem_FourKeysInPkcs8AndPkcs1_TwoPairsInOrder()
    {
        using var a = RSA.Create(2048);
        using var b = RSA.Create(2048);
        using var c = RSA.Create(2048);
        using var d = RSA.Create(2048);
        var pem = string.Join("\n", a.ExportPkcs8PrivateKeyPem(), b.ExportRSAPrivateKeyPem(), c.ExportPkcs8PrivateKeyPem(), d.ExportPkcs8PrivateKeyPem());

        var pairs = SimPartnerKeyPair.ReadPem(pem);

        Assert.Equal(2, pairs.Count);
        Assert.Equal(KeyFingerprint.Compute(a), KeyFingerprint.Compute(pairs[0].Client));
        Assert.Equal(KeyFingerprint.Compute(b), KeyFingerprint.Compute(pairs[0].Server));
        Assert.Equal(KeyFingerprint.Compute(c), KeyFingerprint.Compute(pairs[1].Client));
        Assert.Equal(KeyFingerprint.Compute(d), KeyFingerprint.Compute(pairs[1].Server));
    }

    [Fact]
    public void ReadPem_OddNumberOfKeys_FormatExceptionNamingTheCount()
    {
        using var a = RSA.Create(2048);

        var error = Assert.Throws<FormatException>(() => SimPartnerKeyPair.ReadPem(a.ExportPkcs8PrivateKeyPem()));

        Assert.Contains("1 keys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPem_PublicKeyBlock_FormatExceptionNamingTheBlock()
    {
        using var a = RSA.Create(2048);
        using var b = RSA.Create(2048);

        var error = Assert.Throws<FormatException>(() => SimPartnerKeyPair.ReadPem(a.ExportPkcs8PrivateKeyPem() + "\n" + b.ExportSubjectPublicKeyInfoPem()));

        Assert.Contains("block 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_GivenKeys_PartnersSignWithThemAndTheSimulatorLeavesThemUsable()
    {
        using var client = RSA.Create(2048);
        using var server = RSA.Create(2048);
        var options = new SimulatorOptions { PartnerCount = 2 };
        options.PartnerKeys.Add(new SimPartnerKeyPair(client, server));

        await using (var network = SimulatedNetwork.Start(options))
        {
            Assert.Equal(KeyFingerprint.Compute(client), network.Partners[0].ClientKeyId);
            Assert.Equal(KeyFingerprint.Compute(server), network.Partners[0].ServerKeyId);
            Assert.NotEqual(network.Partners[0].ClientKeyId, network.Partners[1].ClientKeyId);
            Assert.Contains(network.Partners[0].ServerKeyId, network.BuildCatalogueXml(), StringComparison.Ordinal);
        }

        // Disposing the network leaves the caller's keys alone.
        Assert.NotEmpty(server.SignData([1, 2, 3], HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Start_OneKeyGivenTwice_ArgumentExceptionBeforeAnyServerStarts()
    {
        using var shared = RSA.Create(2048);
        using var other = RSA.Create(2048);
        using var third = RSA.Create(2048);
        var options = new SimulatorOptions { PartnerCount = 2 };
        options.PartnerKeys.Add(new SimPartnerKeyPair(shared, other));
        options.PartnerKeys.Add(new SimPartnerKeyPair(shared, third));

        var error = Assert.Throws<ArgumentException>(() => SimulatedNetwork.Start(options));

        Assert.Contains("must all differ", error.Message, StringComparison.Ordinal);
    }
}
