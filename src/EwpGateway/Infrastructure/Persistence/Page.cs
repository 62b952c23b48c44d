namespace EwpGateway.Infrastructure.Persistence;

/// <summary>One page of a list ordered by id; <see cref="NextPageToken"/> is null on the last page.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextPageToken);
