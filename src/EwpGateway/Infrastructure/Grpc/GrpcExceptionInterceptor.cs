using System.Diagnostics;
using EwpGateway.Infrastructure.Persistence;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using RpcStatus = Google.Rpc.Status;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// The one place where exceptions become gRPC statuses: validation -> InvalidArgument with
/// <c>google.rpc.BadRequest</c> details, <see cref="IGrpcStatusException"/> -> its own status (NotFound, Aborted,
/// FailedPrecondition, ...), a database unavailable for now -> Unavailable (the standard status a client retries),
/// anything else -> Internal without internals (logged with a trace id).
/// </summary>
internal sealed class GrpcExceptionInterceptor(ILogger<GrpcExceptionInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    private RpcException Map(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case RequestValidationException validation:
                return InvalidArgument(validation, context);
            case IGrpcStatusException known:
                GrpcLog.CallRejected(logger, context.Method, known.StatusCode, known.Detail);
                return new RpcException(new global::Grpc.Core.Status(known.StatusCode, known.Detail));
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new global::Grpc.Core.Status(StatusCode.Cancelled, "The call was cancelled."));
            case Exception when DatabaseUnavailable.Is(exception):
                GrpcLog.DatabaseUnavailable(logger, context.Method, exception.GetType().Name, exception.Message);
                return new RpcException(new global::Grpc.Core.Status(
                    StatusCode.Unavailable, "The gateway's database is unavailable for the moment; retry in a few seconds."));
            default:
                var traceId = (Activity.Current?.TraceId ?? ActivityTraceId.CreateRandom()).ToString();
                GrpcLog.CallFailed(logger, context.Method, traceId, exception);
                return new RpcException(new global::Grpc.Core.Status(
                    StatusCode.Internal, $"The gateway could not complete the call (trace id {traceId})."));
        }
    }

    private RpcException InvalidArgument(RequestValidationException validation, ServerCallContext context)
    {
        var fields = string.Join(", ", validation.Violations.Select(v => v.Field).Distinct(StringComparer.Ordinal));
        var message = $"Invalid {fields}: " + string.Join("; ", validation.Violations.Select(v => $"{v.Field} {v.Description}"));
        GrpcLog.CallRejected(logger, context.Method, StatusCode.InvalidArgument, message);

        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(validation.Violations.Select(v =>
            new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        var status = new RpcStatus
        {
            Code = (int)Code.InvalidArgument,
            Message = message,
            Details = { Any.Pack(badRequest) },
        };

        // ToRpcException puts the serialized google.rpc.Status into the grpc-status-details-bin trailer.
        return status.ToRpcException();
    }
}
