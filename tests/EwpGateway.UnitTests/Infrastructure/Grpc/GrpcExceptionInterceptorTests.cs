using EwpGateway.Infrastructure.Grpc;
using EwpGateway.Infrastructure.Persistence;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;

namespace EwpGateway.UnitTests.Infrastructure.Grpc;

public sealed class GrpcExceptionInterceptorTests
{
    public static TheoryData<Exception, StatusCode> KnownExceptions => new()
    {
        { AggregateNotFoundException.For("Agreement", "a1"), StatusCode.NotFound },
        { new ConcurrencyConflictException("Agreement", "a1", 3, 5), StatusCode.Aborted },
        { new IdempotencyConflictException("The idempotency key 'k1' was already used."), StatusCode.FailedPrecondition },
        { new InvalidStateTransitionException("Agreement 'a1' is already terminated."), StatusCode.FailedPrecondition },
    };

    [Theory]
    [MemberData(nameof(KnownExceptions))]
    public async Task UnaryServerHandler_StatusException_ItsStatusAndDetail(Exception exception, StatusCode expected)
    {
        var ex = await CallThrowing(exception);

        Assert.Equal(expected, ex.StatusCode);
        Assert.Equal(((IGrpcStatusException)exception).Detail, ex.Status.Detail);
    }

    [Fact]
    public async Task UnaryServerHandler_ConcurrencyConflict_MessageNamesCurrentVersion()
    {
        var ex = await CallThrowing(new ConcurrencyConflictException("Agreement", "a1", 3, 5));

        Assert.Contains("current version 5", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnaryServerHandler_ValidationException_InvalidArgumentWithFieldViolations()
    {
        var violations = new[] { new FieldViolation("agreement.partners[0].hei_id", "is required") };

        var ex = await CallThrowing(new RequestValidationException(violations));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("agreement.partners[0].hei_id", ex.Status.Detail, StringComparison.Ordinal);
        var badRequest = ex.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal("agreement.partners[0].hei_id", Assert.Single(badRequest.FieldViolations).Field);
    }

    [Fact]
    public async Task UnaryServerHandler_UnexpectedException_InternalWithoutInternals()
    {
        var ex = await CallThrowing(new InvalidOperationException("connection string Password=secret"));

        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.DoesNotContain("secret", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("trace id", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnaryServerHandler_DatabaseUnavailable_UnavailableWithoutInternals()
    {
        var ex = await CallThrowing(new Microsoft.EntityFrameworkCore.DbUpdateException(
            "save failed", new Npgsql.NpgsqlException("Failed to connect to 10.0.0.5:5432 Password=secret", new System.Net.Sockets.SocketException(111))));

        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        Assert.DoesNotContain("secret", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnaryServerHandler_RpcException_PassedThrough()
    {
        var ex = await CallThrowing(new RpcException(new global::Grpc.Core.Status(StatusCode.Unimplemented, "later")));

        Assert.Equal(StatusCode.Unimplemented, ex.StatusCode);
    }

    [Fact]
    public async Task ServerStreamingServerHandler_NotFound_NotFound()
    {
        var interceptor = new GrpcExceptionInterceptor(NullLogger<GrpcExceptionInterceptor>.Instance);
        var context = new TestServerCallContext(TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<RpcException>(() => interceptor.ServerStreamingServerHandler<string, string>(
            "request", null!, context, (_, _, _) => throw AggregateNotFoundException.For("Agreement", "a1")));

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    private static Task<RpcException> CallThrowing(Exception exception)
    {
        var interceptor = new GrpcExceptionInterceptor(NullLogger<GrpcExceptionInterceptor>.Instance);
        var context = new TestServerCallContext(TestContext.Current.CancellationToken);
        return Assert.ThrowsAsync<RpcException>(() =>
            interceptor.UnaryServerHandler<string, string>("request", context, (_, _) => throw exception));
    }
}
