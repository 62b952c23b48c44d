using Microsoft.AspNetCore.Authentication;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>Options of the gRPC bearer-token scheme; the tokens themselves come from <see cref="GrpcOptions"/>.</summary>
internal sealed class GrpcTokenAuthenticationOptions : AuthenticationSchemeOptions;
