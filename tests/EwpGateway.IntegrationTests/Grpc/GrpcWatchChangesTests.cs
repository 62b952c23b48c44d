using EwpGateway.Contracts.V1;
using Grpc.Core;
using static EwpGateway.IntegrationTests.Grpc.GrpcTestData;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>SyncService.WatchChanges through the real host; run on SQLite and PostgreSQL by the derived classes.</summary>
public abstract class GrpcWatchChangesTests : GrpcTestBase
{
    /// <summary>Bounds every stream read: a missing event fails the test instead of hanging it.</summary>
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task WatchChanges_TypeFilter_StreamsMatchingChangesThenFollowsNewOnes()
    {
        await using var gateway = await StartAsync();
        var agreements = new AgreementService.AgreementServiceClient(gateway.Authorized);
        var institutions = new InstitutionService.InstitutionServiceClient(gateway.Authorized);
        var created = await agreements.CreateAgreementAsync(new CreateAgreementRequest { IdempotencyKey = "w-1", Agreement = Agreement() }, cancellationToken: Ct);
        var change = Agreement("2026/2027");
        change.Id = created.Id;
        await agreements.UpdateAgreementAsync(new UpdateAgreementRequest { ExpectedVersion = 1, Agreement = change }, cancellationToken: Ct);
        await institutions.UpsertInstitutionAsync(new UpsertInstitutionRequest { Institution = Institution(Partner) }, cancellationToken: Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(StreamTimeout);

        using var call = new SyncService.SyncServiceClient(gateway.Authorized).WatchChanges(
            new WatchChangesRequest { Types_ = { AggregateType.Agreement } }, cancellationToken: timeout.Token);
        var events = new List<ChangeEvent>();
        for (var i = 0; i < 2; i++)
        {
            Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
            events.Add(call.ResponseStream.Current);
        }

        var later = await agreements.CreateAgreementAsync(new CreateAgreementRequest { IdempotencyKey = "w-2", Agreement = Agreement() }, cancellationToken: Ct);
        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
        events.Add(call.ResponseStream.Current);

        Assert.Equal(
            [(1L, AggregateType.Agreement, created.Id, Operation.Created, 1L), (2L, AggregateType.Agreement, created.Id, Operation.Updated, 2L), (4L, AggregateType.Agreement, later.Id, Operation.Created, 1L)],
            events.Select(e => (e.Sequence, e.Type, e.Id, e.Op, e.Version)));
        Assert.All(events, e => Assert.NotNull(e.At));
    }

    [Fact]
    public async Task WatchChanges_ResumeFromMiddleWhileWriting_EverySequenceOnceInOrder()
    {
        const int WrittenBefore = 6;
        const int WrittenDuring = 6;
        await using var gateway = await StartAsync();
        var institutions = new InstitutionService.InstitutionServiceClient(gateway.Authorized);
        var sync = new SyncService.SyncServiceClient(gateway.Authorized);
        for (var i = 0; i < WrittenBefore; i++)
        {
            await UpsertAsync(institutions, i);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(StreamTimeout);
        var seen = new List<long>();
        using (var first = sync.WatchChanges(new WatchChangesRequest { FromSequence = 0 }, cancellationToken: timeout.Token))
        {
            while (seen.Count < WrittenBefore / 2 && await first.ResponseStream.MoveNext(timeout.Token))
            {
                seen.Add(first.ResponseStream.Current.Sequence);
            }
        }

        var writes = Task.Run(async () =>
        {
            for (var i = WrittenBefore; i < WrittenBefore + WrittenDuring; i++)
            {
                await UpsertAsync(institutions, i);
            }
        }, timeout.Token);
        using (var second = sync.WatchChanges(new WatchChangesRequest { FromSequence = seen[^1] }, cancellationToken: timeout.Token))
        {
            while (seen.Count < WrittenBefore + WrittenDuring && await second.ResponseStream.MoveNext(timeout.Token))
            {
                seen.Add(second.ResponseStream.Current.Sequence);
            }
        }

        await writes.WaitAsync(timeout.Token);
        Assert.Equal(Enumerable.Range(1, WrittenBefore + WrittenDuring).Select(i => (long)i), seen);
    }

    [Fact]
    public async Task WatchChanges_NegativeSequence_InvalidArgumentNamingField()
    {
        await using var gateway = await StartAsync();
        using var call = new SyncService.SyncServiceClient(gateway.Authorized).WatchChanges(new WatchChangesRequest { FromSequence = -1 }, cancellationToken: Ct);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.MoveNext(Ct));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("from_sequence", ex.Status.Detail, StringComparison.Ordinal);
    }

    private static async Task UpsertAsync(InstitutionService.InstitutionServiceClient client, int i) =>
        await client.UpsertInstitutionAsync(new UpsertInstitutionRequest { Institution = Institution($"hei-{i}.example.org") }, cancellationToken: Ct);
}
