namespace EwpGateway.Features.Iias;

/// <summary>How a partner's copy compares with ours: the same terms, or the field-by-field explanation of the difference.</summary>
internal sealed record IiaComparison(bool Match, string? Explanation);
