using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Grpc.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against <c>Grpc:Tokens</c> in constant time. A failed
/// challenge is answered the gRPC way (HTTP 200, trailers-only, <c>grpc-status: 16</c> Unauthenticated).
/// </summary>
internal sealed class GrpcTokenAuthenticationHandler(
    IOptionsMonitor<GrpcTokenAuthenticationOptions> options,
    IOptionsMonitor<GrpcOptions> grpcOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder)
    : AuthenticationHandler<GrpcTokenAuthenticationOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = header[BearerPrefix.Length..].Trim();
        var index = MatchingToken(presented, grpcOptions.CurrentValue.Tokens);
        if (index < 0)
        {
            return Task.FromResult(AuthenticateResult.Fail("The bearer token is not one of Grpc:Tokens."));
        }

        // The token's position, not the token, names the caller in logs and claims.
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, $"grpc-token-{index}")], GrpcAuthorization.Scheme);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), GrpcAuthorization.Scheme);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await Context.AuthenticateAsync(GrpcAuthorization.Scheme);
        var reason = result.Failure?.Message ?? "No bearer token: send Authorization: Bearer <token>.";
        GrpcLog.Unauthenticated(Logger, reason);

        Response.StatusCode = StatusCodes.Status200OK;
        Response.ContentType = "application/grpc";
        Response.Headers.WWWAuthenticate = "Bearer";
        Response.Headers["grpc-status"] = ((int)StatusCode.Unauthenticated).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Response.Headers["grpc-message"] = Uri.EscapeDataString(reason);
    }

    /// <summary>Compares with every configured token (no early exit) over fixed-length hashes, so timing reveals nothing.</summary>
    internal static int MatchingToken(string presented, IReadOnlyList<string> tokens)
    {
        Span<byte> presentedHash = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> tokenHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), presentedHash);
        var match = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (string.IsNullOrEmpty(tokens[i]))
            {
                continue;
            }

            SHA256.HashData(Encoding.UTF8.GetBytes(tokens[i]), tokenHash);
            if (CryptographicOperations.FixedTimeEquals(presentedHash, tokenHash) && match < 0)
            {
                match = i;
            }
        }

        return presented.Length == 0 ? -1 : match;
    }
}
