using EwpGateway.Features.Iias;
using EwpGateway.Infrastructure.Exchanges;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>
/// The two queries of every EWP request that skip EF (the IIAs get's version check, the communication log's inserts) read
/// and write exactly what EF maps, on each provider.
/// </summary>
public abstract partial class StoreTests
{
    [Fact]
    public async Task LocalAgreementVersions_OwnCopiesUnknownAndRepeatedIds_OwnAgreementsOnceOrderedById()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        var first = await store.CreateAsync(DbTestData.Agreement(), null, Ct);
        var second = await store.CreateAsync(DbTestData.Agreement("gtu.ge"), null, Ct);
        second = await store.UpdateAsync(second, second.Version, Ct);
        var (copy, _) = await store.SavePartnerCopyAsync(PartnerCopy("p-9", 4), Ct);
        var expected = new[] { (first.Id, first.Version), (second.Id, second.Version) }.OrderBy(v => v.Id, StringComparer.Ordinal).ToList();

        var versions = await new LocalAgreementVersions(factory).GetAsync([second.Id, copy.Id, "no-such-iia", first.Id, second.Id], Ct);

        Assert.Equal(expected, versions);
        Assert.Equal(2, second.Version);
    }

    [Fact]
    public async Task ExchangeRowInserter_BatchWithAndWithoutOptionalFields_EfReadsBackEveryField()
    {
        var (_, factory) = await NewDatabaseAsync();
        var at = new DateTimeOffset(2026, 3, 1, 8, 30, 15, 250, TimeSpan.Zero);
        var rows = new[]
        {
            new Exchange
            {
                At = at, Direction = ExchangeDirection.Inbound, PartnerHeiIds = "utwente.nl itg.be", Api = "iias", Method = "GET",
                Url = "/ewp/iias/get?iia_id=a'b", Status = 200, DurationMs = 12, RequestId = Guid.NewGuid().ToString(), KeyId = "ab12",
                ClockOffsetSeconds = -1.5, Error = null, RequestBody = null, ResponseBody = ExchangeRecorder.Compress("<iias/>"u8),
                BodiesTruncated = true,
            },
            new Exchange
            {
                At = at.AddSeconds(1), Direction = ExchangeDirection.Outbound, Api = "iia-cnr", Method = "POST", Url = "https://gtu.ge/cnr",
                Status = 0, Error = "HttpRequestException: refused", RequestBody = ExchangeRecorder.Compress("iia_id=1"u8),
            },
        };

        await new ExchangeRowInserter(factory).InsertAsync(rows, Ct);
        await new ExchangeRowInserter(factory).InsertAsync(rows.Take(1).ToList(), Ct);

        await using var db = factory.CreateDbContext();
        var stored = await db.Exchanges.AsNoTracking().OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal(3, stored.Count);
        Assert.Equal(3, stored.Select(e => e.Id).Distinct().Count());
        foreach (var row in stored)
        {
            row.Id = 0;
        }

        Assert.Equal([DbJson.Of(rows[0]), DbJson.Of(rows[1]), DbJson.Of(rows[0])], stored.Select(DbJson.Of));
    }

    [Fact]
    public async Task ExchangeRowInserter_BatchesAcrossStatements_EveryRowStoredOnceInOrder()
    {
        // More rows than one statement holds (MultiRowInsert.MaxParameters over the columns): full statements that share
        // one prepared command, then a shorter last one; then a batch of exactly one full statement.
        var (_, factory) = await NewDatabaseAsync();
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        Exchange Row(int i) => new()
        {
            At = at.AddSeconds(i), Direction = i % 2 == 0 ? ExchangeDirection.Inbound : ExchangeDirection.Outbound,
            PartnerHeiIds = $"hei-{i}.example", Api = "iias", Method = "GET", Url = $"/ewp/iias/get?iia_id={i}", Status = 200 + i,
            DurationMs = i, RequestId = $"request-{i}", ClockOffsetSeconds = i % 3 == 0 ? null : i / 10.0,
            ResponseBody = i % 4 == 0 ? null : ExchangeRecorder.Compress(System.Text.Encoding.UTF8.GetBytes($"<iias n='{i}'/>")),
        };
        var first = Enumerable.Range(0, 61).Select(Row).ToList();
        var second = Enumerable.Range(100, 7).Select(Row).ToList();

        await new ExchangeRowInserter(factory).InsertAsync(first, Ct);
        await new ExchangeRowInserter(factory).InsertAsync(second, Ct);

        await using var db = factory.CreateDbContext();
        var stored = await db.Exchanges.AsNoTracking().OrderBy(e => e.Id).ToListAsync(Ct);
        foreach (var row in stored)
        {
            row.Id = 0;
        }

        Assert.Equal([.. first.Concat(second).Select(DbJson.Of)], stored.Select(DbJson.Of));
    }
}
