namespace EwpGateway.Features.Admin;

/// <summary>One exchange of the communication log as listed (bodies only when asked for).</summary>
internal sealed record ExchangeView(
    long Id,
    DateTimeOffset At,
    string Direction,
    string PartnerHeiIds,
    string Api,
    string Method,
    string Url,
    int Status,
    long DurationMs,
    string? RequestId,
    double? ClockOffsetSeconds,
    string? Error,
    bool HasBodies,
    string? RequestBody = null,
    string? ResponseBody = null);
