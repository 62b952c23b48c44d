using System.Net.Http.Headers;
using System.Text;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Admin;

/// <summary>
/// A gateway with one administrator and a database seeded with what the sync engine records: a healthy partner
/// (the validator's first HEI), a failing one (gtu.ge: pulls failing, CNRs given up, a payload issue) and one whose
/// agreement copy differs from ours (itg.be).
/// </summary>
public sealed class AdminGateway : IAsyncLifetime
{
    public const string User = "alice";
    public const string Password = "correct-horse-battery";
    public const string Healthy = "validator-hei01.developers.erasmuswithoutpaper.eu";
    public const string Failing = "gtu.ge";
    public const string Mismatching = "itg.be";

    /// <summary>Has one given-up CNR, for the test that puts it back in the queue (no other test reads it).</summary>
    public const string Retried = "unsa.ba";

    private GatewayFactory? _factory;

    internal TestNetwork Network { get; } = new();

    internal Uri BaseAddress { get; private set; } = null!;

    internal IServiceProvider Services => _factory!.Services;

    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public HttpClient SignedIn(string password = Password)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{password}")));
        return client;
    }

    public async ValueTask InitializeAsync()
    {
        var settings = Network.GatewaySettings();
        settings["Admin:Users:0:Name"] = User;
        settings["Admin:Users:0:Password"] = Password;

        // The dashboard reads what the workers recorded; here the test seeds it, so the workers stay off.
        settings["Ewp:Sync:Enabled"] = "false";
        settings["Ewp:Outbox:Enabled"] = "false";
        _factory = new GatewayFactory(settings);
        BaseAddress = _factory.Start();
        await SeedAsync(_factory.Services.GetRequiredService<GatewayDbContextFactory>(), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Network.Dispose();
    }

    private static async Task SeedAsync(GatewayDbContextFactory factory, CancellationToken ct)
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var db = factory.CreateDbContext();
        db.SyncStates.Add(new SyncState
        {
            PartnerHeiId = Healthy, Api = "iias", ApiVersion = "7.0.0", LastAttemptAt = now, LastSuccessAt = now, LastListed = 3, LastStored = 3,
        });
        db.SyncStates.Add(new SyncState
        {
            PartnerHeiId = Failing, Api = "iias", ApiVersion = "7.0.0", LastAttemptAt = now, LastFailureAt = now, ConsecutiveFailures = 4,
            LastError = "HTTP 503 from gtu.ge after 3 attempts", LastSuccessAt = now.AddDays(-2),
        });
        db.Outbox.Add(new OutboxMessage
        {
            PartnerHeiId = Failing, Kind = OutboxKind.IiaCnr, ObjectId = "iia-1", CreatedAt = now.AddDays(-4), NextAttemptAt = now,
            Attempts = 12, Status = OutboxStatus.Failed, LastError = "Connection refused",
        });
        db.Outbox.Add(new OutboxMessage
        {
            PartnerHeiId = Retried, Kind = OutboxKind.OmobilityCnr, ObjectId = "nomination-9", CreatedAt = now.AddDays(-4), NextAttemptAt = now,
            Attempts = 9, Status = OutboxStatus.Failed, LastError = "HTTP 500",
        });
        db.Outbox.Add(new OutboxMessage
        {
            PartnerHeiId = Healthy, Kind = OutboxKind.IiaCnr, ObjectId = "iia-2", CreatedAt = now, NextAttemptAt = now,
            Attempts = 1, Status = OutboxStatus.Sent, SentAt = now,
        });
        db.PayloadIssues.Add(new PayloadIssue
        {
            PartnerHeiId = Failing, Api = "iias", Kind = "schema", ObjectId = "gtu-iia-7", Message = "The element 'iia' is missing 'partner'.",
            FirstSeenAt = now.AddHours(-3), LastSeenAt = now, Count = 5,
        });
        db.Agreements.Add(new Agreement
        {
            Id = "partner-copy-1",
            Version = 1,
            IiaHash = "aa11",
            HashMismatch = "cooperation-conditions/student-mobility-specification[1]/total-months-per-year: ours 5, theirs 6",
            HashComparedAt = now,
            Partners = [new AgreementPartner { HeiId = Mismatching, IiaId = "itg-iia-1" }, new AgreementPartner { HeiId = TestNetwork.GatewayHeiId }],
            Provenance = new Provenance
            {
                Source = ProvenanceSource.Partner, PartnerHeiId = Mismatching, PartnerObjectId = "itg-iia-1", FirstSeen = now, LastSeen = now, LastModified = now,
            },
        });
        await db.SaveChangesAsync(ct);
    }
}
