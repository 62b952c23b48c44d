namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>Another identifier of an institution or unit (EWP <c>other-id</c>: erasmus, erasmus-charter, pic, ...).</summary>
internal sealed class OtherId
{
    public string Type { get; set; } = "";

    public string Value { get; set; } = "";
}
