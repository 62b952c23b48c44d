using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// The gateway of the bad-input suite: on Kestrel, on PostgreSQL (the production database, which refuses some text that
/// SQLite stores), with a registry catalogue holding the test network and <see cref="HostilePartner"/>. Partner calls are
/// not retried and read at most <see cref="MaxPartnerBody"/> bytes, so that oversized answers stay cheap to test.
/// </summary>
public sealed class SecurityGateway : IAsyncLifetime
{
    /// <summary>Largest partner answer the gateway reads here (Ewp:Partners:MaxResponseBodySize).</summary>
    public const int MaxPartnerBody = 1024 * 1024;

    private readonly PostgresServer _postgres = new();
    private GatewayFactory? _factory;

    internal TestNetwork Network { get; } = new();

    internal HostilePartner Partner { get; private set; } = null!;

    internal OutsideListener Outside { get; } = new();

    internal Uri BaseAddress { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    internal IServiceProvider Services => _factory!.Services;

    internal GatewayDbContextFactory Db => Services.GetRequiredService<GatewayDbContextFactory>();

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _postgres.InitializeAsync();
        Partner = await HostilePartner.StartAsync(timeout.Token);
        var cataloguePath = Path.Combine(Network.Folder, "catalogue-with-hostile-partner.xml");
        await File.WriteAllTextAsync(cataloguePath, HostileCatalogue.With(Network.CatalogueXml, Partner), timeout.Token);
        var settings = Network.GatewaySettings(cataloguePath);
        settings["Database:Provider"] = nameof(DatabaseProvider.Postgres);
        settings["ConnectionStrings:Gateway"] = await _postgres.CreateDatabaseAsync(timeout.Token);
        settings["Ewp:Partners:MaxRetryAttempts"] = "0";
        settings["Ewp:Partners:AttemptTimeout"] = "00:00:20";
        settings["Ewp:Partners:MaxResponseBodySize"] = MaxPartnerBody.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _factory = new GatewayFactory(settings);
        BaseAddress = _factory.Start();
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (Partner is not null)
        {
            await Partner.DisposeAsync();
        }

        Outside.Dispose();
        await _postgres.DisposeAsync();
        Network.Dispose();
    }

    internal Task<StoreSnapshot> SnapshotAsync(CancellationToken ct) => StoreSnapshot.TakeAsync(Db, ct);

    /// <summary>Sends a form request signed by the validator (EWP's test client).</summary>
    internal async Task<HttpResponseMessage> SendAsync(EwpRequest request, CancellationToken ct)
    {
        using var message = (request.Key is null || request.Time != default ? request : request with { Time = TimeProvider.System.GetUtcNow() }).Build(BaseAddress);
        return await Client.SendAsync(message, ct);
    }

    internal async Task<HttpResponseMessage> SendAsync(SignedRaw request, CancellationToken ct)
    {
        using var message = request.ToMessage(BaseAddress);
        return await Client.SendAsync(message, ct);
    }

    /// <summary>Stores a fresh outgoing nomination to the validator's first HEI (which its key may approve or reject).</summary>
    internal async Task<Nomination> SubmitNominationAsync(CancellationToken ct)
    {
        var id = "sec-" + Guid.NewGuid().ToString("N");
        var nomination = new Nomination
        {
            Id = id,
            Direction = NominationDirection.Outgoing,
            Student = new Student
            {
                GivenNames = "Grace",
                FamilyName = "Hopper",
                BirthDate = new DateOnly(2003, 12, 9),
                Citizenship = "US",
                Gender = 2,
                Email = "grace@students.example",
                GlobalId = "urn:schac:personalUniqueCode:int:esi:inp-toulouse.fr:" + id,
            },
            SendingHeiId = TestNetwork.GatewayHeiId,
            ReceivingHeiId = TestNetwork.ValidatorHeiIds[0],
            ReceivingAcademicYearId = "2026/2027",
            EqfLevel = 7,
            IscedFCode = "0613",
            Provenance = new Provenance(),
        };
        return await Services.GetRequiredService<NominationStore>().CreateAsync(nomination, null, ct);
    }

    /// <summary>Asserts that a good signed request is still answered (the process survived what came before).</summary>
    internal async Task AssertServesAsync(CancellationToken ct)
    {
        var echo = new EwpRequest { Path = "/ewp/echo", Parameters = [new("echo", "still here")], Key = Network.ValidatorClient };
        using var response = await SendAsync(echo, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, body);
        Assert.Contains("still here", body, StringComparison.Ordinal);
    }
}
