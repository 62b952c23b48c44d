namespace EwpGateway.Features.Admin;

/// <summary>A payload-quality issue as the partner page lists it.</summary>
internal sealed record PayloadIssueView(
    string Api, string Kind, string ObjectId, string Message, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt, int Count, DateTimeOffset? ResolvedAt);
