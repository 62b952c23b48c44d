namespace EwpGateway.Features.Admin;

/// <summary>One of our CNRs to a partner as the partner page lists it.</summary>
internal sealed record OutboxRowView(
    string Kind, string ObjectId, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, int MergedCount, string? LastError);
