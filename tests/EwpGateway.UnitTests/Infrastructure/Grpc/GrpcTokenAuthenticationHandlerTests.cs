using EwpGateway.Infrastructure.Grpc;

namespace EwpGateway.UnitTests.Infrastructure.Grpc;

public sealed class GrpcTokenAuthenticationHandlerTests
{
    private static readonly string[] Tokens = ["first-token-0123456789abcdefghijklmn", "second-token-0123456789abcdefghijklm"];

    [Theory]
    [InlineData("first-token-0123456789abcdefghijklmn", 0)]
    [InlineData("second-token-0123456789abcdefghijklm", 1)]
    [InlineData("first-token-0123456789abcdefghijklmX", -1)]
    [InlineData("", -1)]
    public void MatchingToken_Presented_IndexOrMinusOne(string presented, int expected) =>
        Assert.Equal(expected, GrpcTokenAuthenticationHandler.MatchingToken(presented, Tokens));

    [Theory]
    [InlineData("short", false)]
    [InlineData("long-enough-token-0123456789abcdef", true)]
    [InlineData("long-enough-token 0123456789abcdef", false)]
    public void Validate_Token_LengthAndWhitespaceChecked(string token, bool valid)
    {
        var result = new GrpcOptionsValidator().Validate(null, new GrpcOptions { Tokens = [token] });

        Assert.Equal(valid, result.Succeeded);
    }
}
