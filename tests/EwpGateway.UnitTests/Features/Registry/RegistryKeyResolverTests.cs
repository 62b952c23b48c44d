using System.Xml.Linq;
using EwpGateway.Features.Registry;
using Microsoft.Extensions.Logging.Abstractions;

namespace EwpGateway.UnitTests.Features.Registry;

public sealed class RegistryKeyResolverTests
{
    private readonly TestCatalogue _test = TestCatalogue.Shared;
    private readonly FixedProvider _provider;

    public RegistryKeyResolverTests()
    {
        var catalogue = new RegistryCatalogueParser(NullLogger<RegistryCatalogueParser>.Instance)
            .Parse(XDocument.Parse(_test.ToXml()), DateTimeOffset.UnixEpoch);
        _provider = new FixedProvider(catalogue);
    }

    [Fact]
    public async Task ClientResolveAsync_ClientKey_ReturnsKeyAndHeis()
    {
        var resolver = new RegistryClientKeyResolver(_provider);

        var resolved = await resolver.ResolveAsync(_test.ClientFingerprint, TestContext.Current.CancellationToken);

        Assert.NotNull(resolved);
        Assert.Equal(_test.ClientFingerprint, resolved.KeyId);
        Assert.Equal(["utwente.nl", "itg.be"], resolved.HeiIds);
        Assert.Equal(_test.ClientKey.ExportSubjectPublicKeyInfo(), resolved.PublicKey.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public async Task ClientResolveAsync_ServerOnlyKey_ReturnsNull()
    {
        var resolver = new RegistryClientKeyResolver(_provider);

        Assert.Null(await resolver.ResolveAsync(_test.ServerFingerprint, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ClientResolveAsync_ListedKeyWithBadBinary_ReturnsNull()
    {
        var resolver = new RegistryClientKeyResolver(_provider);

        Assert.Null(await resolver.ResolveAsync(_test.TamperedStatedFingerprint, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ClientResolveAsync_NoCatalogue_ReturnsNull()
    {
        var resolver = new RegistryClientKeyResolver(new FixedProvider(null));

        Assert.Null(await resolver.ResolveAsync(_test.ClientFingerprint, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ServerResolveAsync_KeyOfServingHost_ReturnsKey()
    {
        var resolver = new RegistryServerKeyResolver(_provider);

        using var rsa = await resolver.ResolveAsync(_test.ServerFingerprint, new Uri("https://ewp.utwente.example/echo"), TestContext.Current.CancellationToken);

        Assert.NotNull(rsa);
        Assert.Equal(_test.ServerKey.ExportSubjectPublicKeyInfo(), rsa.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public async Task ServerResolveAsync_KeyOfOtherHost_ReturnsNull()
    {
        var resolver = new RegistryServerKeyResolver(_provider);

        Assert.Null(await resolver.ResolveAsync(_test.OtherHostFingerprint, new Uri("https://ewp.utwente.example/echo"), TestContext.Current.CancellationToken));
    }

    private sealed class FixedProvider(RegistryCatalogue? catalogue) : IRegistryCatalogueProvider
    {
        public RegistryCatalogue? Current => catalogue;

        public RegistryStatus Status => RegistryStatus.Initial;
    }
}
