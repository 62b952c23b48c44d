using EwpGateway.Features.Registry;
using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>
/// The sync engine's classes on a migrated database, with <see cref="FakeObjectSource"/>, fake time and a catalogue in
/// which <see cref="PartnerA"/> and <see cref="PartnerB"/> implement the fake API (max 2 ids) and <see cref="PartnerC"/> does not.
/// </summary>
internal sealed class SyncEngineHarness
{
    public const string Home = "inp-toulouse.fr";
    public const string PartnerA = "partner-a.example.org";
    public const string PartnerB = "partner-b.example.org";
    public const string PartnerC = "partner-c.example.org";

    private SyncEngineHarness(GatewayDbContextFactory factory, FakeTimeProvider time, SyncOptions options)
    {
        Factory = factory;
        Time = time;
        Options = options;
        var provider = new FixedCatalogue(Catalogue(time));
        Partners = new SyncPartners(provider, new PartnerApiResolver(provider), Microsoft.Extensions.Options.Options.Create(new EwpHostOptions { HeiId = Home }));
        Inbox = new InboxWriter(factory, time);
    }

    public GatewayDbContextFactory Factory { get; }

    public FakeTimeProvider Time { get; }

    public SyncOptions Options { get; }

    public FakeObjectSource Source { get; } = new();

    public SyncPartners Partners { get; }

    public InboxWriter Inbox { get; }

    public static async Task<SyncEngineHarness> CreateAsync(DatabaseProvider provider, string connectionString, CancellationToken ct)
    {
        var factory = new GatewayDbContextFactory(provider, connectionString);
        await new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(ct);
        var options = new SyncOptions { MaxAttempts = 3, RetryBaseDelay = TimeSpan.FromMinutes(1), Debounce = TimeSpan.FromSeconds(2) };
        return new SyncEngineHarness(factory, new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero)), options);
    }

    /// <summary>An inbox processor of its own instance (as a second gateway would have).</summary>
    public InboxProcessor NewProcessor(SyncInstance? instance = null) => new(
        [Source],
        new InboxLeases(Factory, Time, Microsoft.Extensions.Options.Options.Create(Options), instance ?? new SyncInstance()),
        Partners, Microsoft.Extensions.Options.Options.Create(Options), new ChangeSignal(), NullLogger<InboxProcessor>.Instance);

    public Reconciler NewReconciler(SyncInstance? instance = null) => new(
        [Source], Partners, NewStates(instance), new SyncWakeup(), new ChangeSignal(),
        Microsoft.Extensions.Options.Options.Create(Options), Time, NullLogger<Reconciler>.Instance);

    public SyncStateLeases NewStates(SyncInstance? instance = null) =>
        new(Factory, Time, Microsoft.Extensions.Options.Options.Create(Options), instance ?? new SyncInstance());

    private static RegistryCatalogue Catalogue(TimeProvider time)
    {
        string[] covered = [PartnerA, PartnerB];
        var entry = new RegistryApiEntry(
            FakeObjectSource.ApiName, "urn:example:fake-objects", "1.0.0",
            new Dictionary<string, string> { ["get-url"] = "https://partner.example.org/get" },
            new Dictionary<string, string> { ["max-fake-ids"] = "2" }, covered);
        var empty = new HashSet<string>();
        RegistryHost[] hosts =
        [
            new(covered, [entry], empty, empty, empty),
            new([PartnerC], [], empty, empty, empty),
            new([Home], [entry with { HeiIds = [Home] }], empty, empty, empty),
        ];
        return new RegistryCatalogue(hosts, [], new Dictionary<string, byte[]>(), time.GetUtcNow());
    }

    private sealed class FixedCatalogue(RegistryCatalogue catalogue) : IRegistryCatalogueProvider
    {
        public RegistryCatalogue? Current => catalogue;

        public RegistryStatus Status => RegistryStatus.Initial with { HasCatalogue = true };
    }
}
