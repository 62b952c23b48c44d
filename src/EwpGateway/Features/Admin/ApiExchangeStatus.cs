namespace EwpGateway.Features.Admin;

/// <summary>The last successful and the last failed exchange with a partner over one API, in one direction.</summary>
internal sealed record ApiExchangeStatus(string Api, string Direction, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastFailureAt);
