using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

public class EwpHttpSignatureOptionsTests
{
    [Fact]
    public void Validate_Defaults_DoesNotThrow()
    {
        // Arrange
        var options = new EwpHttpSignatureOptions();

        // Act
        options.Validate();

        // Assert
        Assert.Equal(TimeSpan.FromMinutes(5), options.ClockSkew);
        Assert.Equal(1024 * 1024, options.MaxBodySize);
        Assert.Empty(options.AcceptedHosts);
    }

    [Fact]
    public void Validate_ClockSkewBelowFiveMinutes_Throws()
    {
        // Arrange
        var options = new EwpHttpSignatureOptions { ClockSkew = TimeSpan.FromMinutes(4) };

        // Act
        var ex = Assert.Throws<InvalidOperationException>(options.Validate);

        // Assert
        Assert.Contains("5 minutes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ClockSkewBelowFiveMinutes_FailsAtStart()
    {
        // Act
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SignatureTestServer.StartAsync(TestContext.Current.CancellationToken, o => o.ClockSkew = TimeSpan.FromMinutes(1)));

        // Assert
        Assert.Contains("ClockSkew", ex.Message, StringComparison.Ordinal);
    }
}
