namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>An ISCED-F subject area with an optional clarification.</summary>
internal sealed class SubjectArea
{
    /// <summary>ISCED-F 2013 code, e.g. <c>0714</c>.</summary>
    public string IscedFCode { get; set; } = "";

    public string? IscedClarification { get; set; }
}
