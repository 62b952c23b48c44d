using System.Security.Cryptography;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>The committed test-only RSA keys under TestData/ and their openssl-computed fingerprints.</summary>
internal static class TestKeys
{
    // openssl pkey -in TestData/client-test-key.pem -pubout -outform DER | sha256sum
    public const string ClientKeyId = "f7fcb32498d94d9963406a4f2788347615fad5ba5b4205d640b3625b8224a9f1";

    // openssl pkey -in TestData/server-test-key.pem -pubout -outform DER | sha256sum
    public const string ServerKeyId = "ea9d9764cadb9391284f24685166526ea9dec0e593263412c390395910a099a8";

    public static string Directory { get; } = Path.Combine(SourceRoot.HttpSignaturesTests, "TestData");

    public static string ClientPrivatePemPath => Path.Combine(Directory, "client-test-key.pem");

    public static string ClientPublicPemPath => Path.Combine(Directory, "client-test-key.pub.pem");

    public static string ServerPrivatePemPath => Path.Combine(Directory, "server-test-key.pem");

    public static string ServerPublicPemPath => Path.Combine(Directory, "server-test-key.pub.pem");

    public static RSA LoadClient() => Load(ClientPrivatePemPath);

    public static RSA LoadServer() => Load(ServerPrivatePemPath);

    public static RSA Load(string path)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return rsa;
    }
}
