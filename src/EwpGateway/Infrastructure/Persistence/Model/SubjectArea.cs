namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>An ISCED-F subject area with an optional clarification.</summary>
internal sealed class SubjectArea
{
    /// <summary>ISCED-F 2013 code, e.g. <c>0714</c>.</summary>
    public string IscedFCode { get; set; } = "";

    /// <summary>The v6 ISCED-F code (1-3 digits) that <see cref="IscedFCode"/> was derived from (EWP <c>v6-value</c>).</summary>
    public string? V6Value { get; set; }

    public string? IscedClarification { get; set; }
}
