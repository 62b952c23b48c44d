using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Features.Sync;
using EwpGateway.PartnerSimulator;
using Grpc.Core;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// The soak's three kinds of traffic, each a loop until <c>stop</c> is signalled (finishing the step in progress): partners
/// notifying, partners reading, our writes.
/// </summary>
internal static class SoakLoad
{
    /// <summary>
    /// A partner changing its agreements and nominations (new ones and changes of known ones, seeded included) and
    /// notifying the gateway of each change, now and then with a storm of three identical CNRs at once.
    /// </summary>
    public static async Task NotifyAsync(PartnerCaller caller, SoakLedger ledger, CancellationToken stop, int seed, CancellationToken ct)
    {
        var partner = caller.Partner;
        var random = new Random(seed);
        var template = partner.Data.Nominations.All[0];
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        List<string> agreements = [.. partner.Data.Agreements.All.Select(a => a.IiaId)];
        List<string> nominations = [.. partner.Data.Nominations.All.Select(n => n.OmobilityId)];
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var isAgreement = random.Next(2) == 0;
            var known = isAgreement ? agreements : nominations;
            var id = random.Next(3) == 0 || known.Count == 0 ? $"soak-{(isAgreement ? "iia" : "om")}-{i}" : known[random.Next(known.Count)];
            if (!known.Contains(id))
            {
                known.Add(id);
            }

            var version = versions[id] = versions.GetValueOrDefault(id) + 1;
            if (isAgreement)
            {
                partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, id, studentsPerYear: 100 + version));
            }
            else
            {
                partner.Data.Nominations.Upsert(template with { OmobilityId = id, FamilyName = $"Family-{version}" });
            }

            var copies = random.Next(5) == 0 ? 3 : 1;
            var endpoint = isAgreement ? SimEndpoint.IiaCnr : SimEndpoint.OmobilityCnr;
            var statuses = await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => caller.NotifyAsync(endpoint, id, ct)));
            foreach (var status in statuses)
            {
                var inboxKind = isAgreement ? InboxKind.IiaCnr : InboxKind.OmobilityCnr;
                if (status == 200)
                {
                    ledger.Accept(inboxKind, partner.HeiId, id);
                }
                else
                {
                    ledger.Refuse(inboxKind, partner.HeiId, id);
                }
            }

            await Task.Delay(random.Next(50, 200), ct);
        }
    }

    /// <summary>A partner reading from the gateway: echo, IIAs index and get, OMobilities index and get (our objects with it).</summary>
    public static async Task ReadAsync(PartnerCaller caller, SoakLedger ledger, CancellationToken stop, int seed, CancellationToken ct)
    {
        var partner = caller.Partner.HeiId;
        var random = new Random(seed);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            await caller.GetAsync($"ewp/echo?echo=soak-{i}", ct);
            await caller.PostAsync("ewp/iias/index", [], ct);
            await caller.PostAsync("ewp/iias/get", Some(ledger.AgreementsWith(partner), "iia_id", random), ct);
            await caller.PostAsync("ewp/omobilities/index", [], ct);
            await caller.PostAsync("ewp/omobilities/get", Some(ledger.NominationsTo(partner), "omobility_id", random), ct);
            await Task.Delay(random.Next(100, 300), ct);
        }
    }

    /// <summary>
    /// Our mobility system writing over gRPC: an agreement with the partner created then changed twice, a nomination
    /// to it created, submitted and changed; each committed write that notifies the partner is counted in the ledger.
    /// </summary>
    public static async Task WriteAsync(CallInvoker grpc, string partner, SoakLedger ledger, CancellationToken stop, CancellationToken ct)
    {
        var agreements = new AgreementService.AgreementServiceClient(grpc);
        var nominations = new NominationService.NominationServiceClient(grpc);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var localId = $"local-{partner}-{i}";
            var agreement = await CallAsync(ledger, "CreateAgreement", () => agreements.CreateAgreementAsync(
                new CreateAgreementRequest { IdempotencyKey = Guid.NewGuid().ToString(), Agreement = LocalObjects.Agreement(partner, localId, 1) }, deadline: Deadline(), cancellationToken: ct).ResponseAsync);
            if (agreement is null)
            {
                // Refused (the database is down): try again after the same pause, not in a tight loop.
                await Task.Delay(300, ct);
                continue;
            }

            ledger.Wrote(partner, OutboxKind.IiaCnr, agreement.Id);
            ledger.AddAgreement(partner, agreement.Id);
            for (var version = 2; version <= 3 && agreement is not null; version++)
            {
                var change = LocalObjects.Agreement(partner, localId, version);
                change.Id = agreement.Id;
                agreement = await CallAsync(ledger, "UpdateAgreement", () => agreements.UpdateAgreementAsync(
                    new UpdateAgreementRequest { ExpectedVersion = agreement.Version, Agreement = change }, deadline: Deadline(), cancellationToken: ct).ResponseAsync);
                if (agreement is not null)
                {
                    ledger.Wrote(partner, OutboxKind.IiaCnr, agreement.Id);
                }
            }

            await WriteNominationAsync(nominations, partner, ledger, i, ct);
            await Task.Delay(300, ct);
        }
    }

    private static async Task WriteNominationAsync(NominationService.NominationServiceClient client, string partner, SoakLedger ledger, int i, CancellationToken ct)
    {
        var draft = await CallAsync(ledger, "CreateNomination", () => client.CreateNominationAsync(
            new CreateNominationRequest { IdempotencyKey = Guid.NewGuid().ToString(), Nomination = LocalObjects.Nomination(partner, i) }, deadline: Deadline(), cancellationToken: ct).ResponseAsync);
        var submitted = draft is null ? null : await CallAsync(ledger, "SubmitNomination", () => client.SubmitNominationAsync(
            new SubmitNominationRequest { Id = draft.Id, ExpectedVersion = draft.Version }, deadline: Deadline(), cancellationToken: ct).ResponseAsync);
        if (submitted is null)
        {
            return;
        }

        ledger.Wrote(partner, OutboxKind.OmobilityCnr, submitted.Id);
        ledger.AddNomination(partner, submitted.Id);
        var change = LocalObjects.Nomination(partner, i + 1000);
        change.Id = submitted.Id;
        if (await CallAsync(ledger, "UpdateNomination", () => client.UpdateNominationAsync(
            new UpdateNominationRequest { ExpectedVersion = submitted.Version, Nomination = change }, deadline: Deadline(), cancellationToken: ct).ResponseAsync) is not null)
        {
            ledger.Wrote(partner, OutboxKind.OmobilityCnr, submitted.Id);
        }
    }

    private static async Task<T?> CallAsync<T>(SoakLedger ledger, string name, Func<Task<T>> call)
        where T : class
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            return await call();
        }
        catch (RpcException ex)
        {
            ledger.GrpcFailed(name, ex);
            return null;
        }
        finally
        {
            var took = TimeProvider.System.GetElapsedTime(started);
            ledger.GrpcTook($"{name} at {TimeProvider.System.GetUtcNow() - took:HH:mm:ss.f}", took);
        }
    }

    /// <summary>Bounds every call: a gRPC call that hangs fails the test (DeadlineExceeded) instead of hanging it.</summary>
    private static DateTime Deadline() => TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(60);

    private static List<KeyValuePair<string, string>> Some(IReadOnlyList<string> ids, string parameter, Random random) =>
        ids.Count == 0 ? [new(parameter, "none-yet")] : [.. Enumerable.Range(0, 3).Select(_ => ids[random.Next(ids.Count)]).Distinct().Select(id => new KeyValuePair<string, string>(parameter, id))];
}
