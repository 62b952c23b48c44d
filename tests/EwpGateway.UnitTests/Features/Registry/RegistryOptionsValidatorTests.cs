using EwpGateway.Features.Registry;

namespace EwpGateway.UnitTests.Features.Registry;

public sealed class RegistryOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_WithUrl_Succeeds()
    {
        var result = new RegistryOptionsValidator().Validate(null, new RegistryOptions { Url = "https://registry.example/catalogue-v1.xml" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_NoUrl_Fails()
    {
        Assert.True(new RegistryOptionsValidator().Validate(null, new RegistryOptions()).Failed);
    }

    [Theory]
    [InlineData(0, 0, 30)]
    [InlineData(3, 0, 1)]
    public void Validate_RefreshIntervalOutOfRange_Fails(int hours, int minutes, int seconds)
    {
        var options = new RegistryOptions { Url = "catalogue.xml", RefreshInterval = new TimeSpan(hours, minutes, seconds) };

        Assert.True(new RegistryOptionsValidator().Validate(null, options).Failed);
    }
}
