namespace EwpGateway.Infrastructure.Grpc;

/// <summary>Names of the authentication scheme and policy that protect the gRPC API.</summary>
internal static class GrpcAuthorization
{
    /// <summary>Bearer tokens from <c>Grpc:Tokens</c>.</summary>
    public const string Scheme = "GrpcBearer";

    /// <summary>The policy every gRPC service except health requires.</summary>
    public const string PolicyName = "GrpcClient";
}
