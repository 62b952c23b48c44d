using EwpGateway.Features.Sync;
using Microsoft.Extensions.Options;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>The delay between two attempts of an outbox row.</summary>
public sealed class OutboxBackoffTests
{
    private static readonly OutboxOptions Options = new() { BaseDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromMinutes(10) };

    [Fact]
    public void After_SuccessiveAttempts_DoublesIntoItsUpperHalfUpToTheMaximum()
    {
        var backoff = new OutboxBackoff(Microsoft.Extensions.Options.Options.Create(Options), new Random(3));

        var delays = Enumerable.Range(1, 8).Select(backoff.After).ToList();

        double[] ceilings = [30, 60, 120, 240, 480, 600, 600, 600];
        Assert.All(delays.Zip(ceilings), x => Assert.InRange(x.First.TotalSeconds, x.Second / 2, x.Second));
    }

    [Fact]
    public void After_SameSeed_SameDelays()
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var first = new OutboxBackoff(options, new Random(11));
        var second = new OutboxBackoff(options, new Random(11));

        Assert.Equal(Enumerable.Range(1, 5).Select(first.After), Enumerable.Range(1, 5).Select(second.After));
    }

    [Fact]
    public void Validate_DefaultsAndABadSection_DefaultsPassBadValuesNamed()
    {
        var validator = new OutboxOptionsValidator();
        var bad = new OutboxOptions { InstanceId = "", BatchSize = 0, BaseDelay = TimeSpan.FromMinutes(5), MaxDelay = TimeSpan.FromMinutes(1) };

        var defaults = validator.Validate(null, new OutboxOptions { InstanceId = "host-1" });
        var failed = validator.Validate(null, bad);

        Assert.True(defaults.Succeeded);
        Assert.Contains("Ewp:Outbox:InstanceId", failed.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Ewp:Outbox:BatchSize", failed.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Ewp:Outbox:MaxDelay", failed.FailureMessage, StringComparison.Ordinal);
    }
}
