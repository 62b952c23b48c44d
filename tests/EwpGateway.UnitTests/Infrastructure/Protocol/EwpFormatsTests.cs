using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.UnitTests.Infrastructure.Protocol;

public sealed class EwpFormatsTests
{
    [Theory]
    [InlineData("2004-02-12T15:19:21+01:00", "2004-02-12T14:19:21+00:00")]
    [InlineData("2004-02-12T15:19:21Z", "2004-02-12T15:19:21+00:00")]
    [InlineData("2004-02-12T15:19:21.5-05:00", "2004-02-12T20:19:21.5+00:00")]
    [InlineData("2004-02-12T15:19:21", "2004-02-12T15:19:21+00:00")]
    public void TryParseDateTime_XsDateTime_UtcInstant(string text, string expected)
    {
        Assert.True(EwpFormats.TryParseDateTime(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("2004-02-12")]
    [InlineData("05/29/2015 05:50")]
    [InlineData("yesterday")]
    [InlineData("2004-02-12 15:19:21")]
    [InlineData("2004-13-12T15:19:21Z")]
    [InlineData("")]
    public void TryParseDateTime_NotXsDateTime_False(string text)
    {
        Assert.False(EwpFormats.TryParseDateTime(text, out _));
    }

    [Theory]
    [InlineData("2023/2024", true)]
    [InlineData("2024/2024", true)]
    [InlineData("1653/1654", true)]
    [InlineData("2024/2026", false)]
    [InlineData("2024/2023", false)]
    [InlineData("test/test", false)]
    [InlineData("2023-2024", false)]
    [InlineData("23/24", false)]
    public void IsAcademicYearId_Formats(string text, bool expected)
    {
        Assert.Equal(expected, EwpFormats.IsAcademicYearId(text));
    }
}
