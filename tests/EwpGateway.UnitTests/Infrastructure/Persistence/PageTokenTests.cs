using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.UnitTests.Infrastructure.Persistence;

public sealed class PageTokenTests
{
    [Theory]
    [InlineData("iia-1")]
    [InlineData("validator-hei01.developers.erasmuswithoutpaper.eu")]
    [InlineData("é/+?")]
    public void Decode_EncodedId_ReturnsId(string id) => Assert.Equal(id, PageToken.Decode(PageToken.Encode(id)));

    [Fact]
    public void Decode_Garbage_ThrowsArgumentException() => Assert.Throws<ArgumentException>(() => PageToken.Decode("***"));

    [Theory]
    [InlineData(0, 100)]
    [InlineData(-5, 100)]
    [InlineData(20, 20)]
    [InlineData(5000, PageToken.MaxPageSize)]
    public void ClampPageSize_OutOfRange_IsClamped(int requested, int expected) => Assert.Equal(expected, PageToken.ClampPageSize(requested));
}
