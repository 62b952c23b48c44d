namespace EwpGateway.Infrastructure.Grpc;

/// <summary>One invalid request field: its proto path (e.g. <c>agreement.partners[0].hei_id</c>) and what is wrong.</summary>
internal sealed record FieldViolation(string Field, string Description);
