using System.Text;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.UnitTests.Infrastructure.Protocol;

public sealed class EwpParameterTextTests
{
    [Theory]
    [InlineData("iia_id=caf%C3%A9", true)]
    [InlineData("iia_id=%E2%82%AC+and+%F0%9F%98%80", true)]
    [InlineData("iia_id=%C3", false)]
    [InlineData("iia_id=%FF%FE", false)]
    [InlineData("iia_id=100%25", true)]
    [InlineData("iia_id=50%+off%zz", true)]
    [InlineData("", true)]
    public void IsValidUtf8_PercentEncoded_DecodedBytesChecked(string form, bool expected)
    {
        Assert.Equal(expected, EwpParameterText.IsValidUtf8(Encoding.ASCII.GetBytes(form)));
        Assert.Equal(expected, EwpParameterText.IsValidUtf8(form));
    }

    [Fact]
    public void XmlSafe_SeveralBadCharacters_EachEscapedTheRestKept()
    {
        var value = "a\u0001b\uFFFEc\U0001F600d\u0000";

        var safe = EwpParameterText.XmlSafe(value);

        Assert.Equal("a\\u0001b\\uFFFEc\U0001F600d\\u0000", safe);
        Assert.Equal("U+0001", EwpParameterText.FirstNonXmlCharacter(value));
        Assert.Null(EwpParameterText.FirstNonXmlCharacter(safe));
    }

    [Fact]
    public void XmlSafe_LoneSurrogate_Escaped()
    {
        Assert.Equal("x\\uD800y", EwpParameterText.XmlSafe("x\uD800y"));
        Assert.Same("plain", EwpParameterText.XmlSafe("plain"));
    }
}
