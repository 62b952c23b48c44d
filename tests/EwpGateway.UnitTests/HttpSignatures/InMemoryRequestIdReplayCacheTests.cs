using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

public class InMemoryRequestIdReplayCacheTests
{
    private static readonly DateTimeOffset Now = FixedVectors.Now;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryRecordAsync_SameIdInsideLifetime_False()
    {
        // Arrange
        var cache = new InMemoryRequestIdReplayCache(10);
        await cache.TryRecordAsync("a", Now, Lifetime, Ct);

        // Act
        var recorded = await cache.TryRecordAsync("a", Now.AddMinutes(9), Lifetime, Ct);

        // Assert
        Assert.False(recorded);
    }

    [Fact]
    public async Task TryRecordAsync_SameIdAfterLifetime_True()
    {
        // Arrange
        var cache = new InMemoryRequestIdReplayCache(10);
        await cache.TryRecordAsync("a", Now, Lifetime, Ct);

        // Act
        var recorded = await cache.TryRecordAsync("a", Now.AddMinutes(11), Lifetime, Ct);

        // Assert
        Assert.True(recorded);
    }

    [Fact]
    public async Task TryRecordAsync_Full_EvictsOldestAndStaysBounded()
    {
        // Arrange
        var cache = new InMemoryRequestIdReplayCache(3);
        for (var i = 0; i < 10; i++)
        {
            await cache.TryRecordAsync("id" + i, Now.AddSeconds(i), Lifetime, Ct);
        }

        // Act
        var oldestAgain = await cache.TryRecordAsync("id0", Now.AddSeconds(10), Lifetime, Ct);
        var newestAgain = await cache.TryRecordAsync("id9", Now.AddSeconds(10), Lifetime, Ct);

        // Assert
        Assert.True(oldestAgain);
        Assert.False(newestAgain);
        Assert.True(cache.Count <= 3);
    }

    [Fact]
    public async Task TryRecordAsync_ExpiredEntries_ArePurged()
    {
        // Arrange
        var cache = new InMemoryRequestIdReplayCache(100);
        for (var i = 0; i < 5; i++)
        {
            await cache.TryRecordAsync("id" + i, Now, Lifetime, Ct);
        }

        // Act
        await cache.TryRecordAsync("later", Now.AddHours(1), Lifetime, Ct);

        // Assert
        Assert.Equal(1, cache.Count);
    }
}
