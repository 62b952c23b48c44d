using EwpGateway.Features.Registry;
using EwpGateway.Infrastructure.Partners;

namespace EwpGateway.IntegrationTests.Infrastructure.Partners;

/// <summary>Which partner endpoint <see cref="PartnerApiResolver"/> picks from a catalogue.</summary>
public sealed class PartnerApiResolverTests
{
    private const string Both = "both.example.org";
    private const string V6Only = "v6.example.org";
    private const string Future = "future.example.org";
    private const string EchoOnly = "echo.example.org";

    [Fact]
    public void Resolve_V7AndV6_ChoosesV7WithUrlsAndLimits()
    {
        var endpoint = Resolver().Resolve(Both, PartnerApi.Iias);

        Assert.Equal(7, endpoint.MajorVersion);
        Assert.Equal("7.0.0", endpoint.Version);
        Assert.Equal(new Uri("https://both.example.org/v7/iias/get"), endpoint.GetUrl("get-url"));
        Assert.Equal(new Uri("https://both.example.org/v7/iias/index"), endpoint.GetUrl("index-url"));
        Assert.Equal(3, endpoint.GetLimit("max-iia-ids"));
    }

    [Fact]
    public void Resolve_V6Only_ChoosesV6()
    {
        var endpoint = Resolver().Resolve(V6Only, PartnerApi.Iias);

        Assert.Equal(6, endpoint.MajorVersion);
        Assert.Equal(new Uri("https://v6.example.org/v6/iias/get"), endpoint.GetUrl("get-url"));
    }

    [Fact]
    public void Resolve_UnimplementedHigherVersion_ChoosesHighestWeImplement()
    {
        var endpoint = Resolver().Resolve(Future, PartnerApi.Iias);

        Assert.Equal(7, endpoint.MajorVersion);
    }

    [Fact]
    public void Resolve_ApiNotListed_ThrowsNamingPartnerAndApi()
    {
        var error = Assert.Throws<PartnerApiNotImplementedException>(() => Resolver().Resolve(EchoOnly, PartnerApi.Iias));

        Assert.Contains(EchoOnly, error.Message, StringComparison.Ordinal);
        Assert.Contains("iias", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_OnlyUnimplementedVersion_Throws()
    {
        var catalogue = Catalogue(new RegistryHost(["old.example.org"], [Iias("old.example.org", 5)], Set(), Set(), Set()));

        Assert.Throws<PartnerApiNotImplementedException>(() => new PartnerApiResolver(new Provider(catalogue)).Resolve("old.example.org", PartnerApi.Iias));
    }

    [Fact]
    public void GetUrl_MissingEndpoint_Throws()
    {
        var endpoint = Resolver().Resolve(Both, PartnerApi.Iias);

        Assert.Throws<PartnerApiNotImplementedException>(() => endpoint.GetUrl("stats-url"));
    }

    private static PartnerApiResolver Resolver() => new(new Provider(Catalogue(
        new RegistryHost([Both], [Iias(Both, 6), Iias(Both, 7)], Set(), Set(), Set()),
        new RegistryHost([V6Only], [Iias(V6Only, 6)], Set(), Set(), Set()),
        new RegistryHost([Future], [Iias(Future, 7), Iias(Future, 8)], Set(), Set(), Set()),
        new RegistryHost([EchoOnly], [new RegistryApiEntry("echo", "https://github.com/erasmus-without-paper/ewp-specs-api-echo/blob/stable-v2/manifest-entry.xsd", "2.0.0", new Dictionary<string, string> { ["url"] = "https://echo.example.org/echo" }, new Dictionary<string, string>(), [EchoOnly])], Set(), Set(), Set()))));

    private static RegistryApiEntry Iias(string hei, int major) => new(
        "iias",
        $"https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v{major}/manifest-entry.xsd",
        $"{major}.0.0",
        new Dictionary<string, string> { ["get-url"] = $"https://{hei}/v{major}/iias/get", ["index-url"] = $"https://{hei}/v{major}/iias/index" },
        new Dictionary<string, string> { ["max-iia-ids"] = "3", ["max-iia-codes"] = "not a number" },
        [hei]);

    private static HashSet<string> Set() => [];

    private static RegistryCatalogue Catalogue(params RegistryHost[] hosts) =>
        new(hosts, [], new Dictionary<string, byte[]>(), DateTimeOffset.UnixEpoch);

    private sealed class Provider(RegistryCatalogue catalogue) : IRegistryCatalogueProvider
    {
        public RegistryCatalogue? Current => catalogue;

        public RegistryStatus Status => RegistryStatus.Initial with { HasCatalogue = true };
    }
}
