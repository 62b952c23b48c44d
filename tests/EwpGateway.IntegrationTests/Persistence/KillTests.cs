using System.Diagnostics;
using EwpGateway.Features.Iias;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>
/// A process killed in the middle of writes leaves only complete aggregates: the child (this test assembly running
/// the explicit <see cref="WriteLoop_ChildProcess_WritesUntilKilled"/>) writes agreements in a loop on SQLite.
/// </summary>
public sealed class KillTests : IDisposable
{
    private const string DatabaseVariable = "EWP_KILL_TEST_DATABASE";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ewp-kill-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Kill_DuringWrites_LeavesOnlyCompleteAggregatesAndNoSequenceHoles()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_folder);
        var connectionString = $"Data Source={Path.Combine(_folder, "gateway.db")}";
        var factory = new GatewayDbContextFactory(DatabaseProvider.Sqlite, connectionString);
        await new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(ct);

        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "EwpGateway.IntegrationTests.dll"),
            "-method", $"{typeof(KillTests).FullName}.{nameof(WriteLoop_ChildProcess_WritesUntilKilled)}", "-explicit", "only",
        })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment[DatabaseVariable] = connectionString;
        using var child = Process.Start(info) ?? throw new InvalidOperationException("the writer did not start");
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();

        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            deadline.CancelAfter(TimeSpan.FromSeconds(90));
            while (await CountChangesAsync(factory, deadline.Token) < 40)
            {
                Assert.False(child.HasExited, "the writer exited before it was killed");
                await Task.Delay(50, deadline.Token);
            }
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(ct);
        SqliteConnection.ClearAllPools();

        await using var db = factory.CreateDbContext();
        Assert.Equal("ok", (await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync(ct)).Single());
        var agreements = await db.Agreements.AsNoTracking().AsAggregate().ToListAsync(ct);
        var changes = await db.ChangeLog.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync(ct);
        Assert.True(agreements.Count >= 40);
        Assert.Equal(Enumerable.Range(1, changes.Count).Select(i => (long)i), changes.Select(c => c.Sequence));
        Assert.Equal(agreements.Count, changes.Count);
        foreach (var agreement in agreements)
        {
            Assert.Equal(2, agreement.Partners.Count);
            Assert.Equal(2, agreement.CooperationConditions.Count);
            Assert.Equal(2, agreement.CooperationConditions[0].SubjectAreas.Count);
            Assert.Single(changes, c => c.AggregateId == agreement.Id && c.Operation == ChangeOperation.Created);
        }

        Assert.Equal(agreements.Count, await db.Outbox.CountAsync(ct));
    }

    /// <summary>Runs only when started by the test above (explicit test): writes until the process is killed.</summary>
    [Fact(Explicit = true)]
    public async Task WriteLoop_ChildProcess_WritesUntilKilled()
    {
        var connectionString = Environment.GetEnvironmentVariable(DatabaseVariable);
        Assert.False(string.IsNullOrEmpty(connectionString), $"{DatabaseVariable} is not set");
        var factory = new GatewayDbContextFactory(DatabaseProvider.Sqlite, connectionString);
        var writer = new AggregateWriter(factory, TimeProvider.System, Options.Create(new EwpHostOptions { HeiId = DbTestData.Home }));
        var store = new AgreementStore(writer);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!deadline.IsCancellationRequested)
        {
            await store.CreateAsync(DbTestData.Agreement(), null, deadline.Token);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<int> CountChangesAsync(GatewayDbContextFactory factory, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.ChangeLog.CountAsync(ct);
    }
}
