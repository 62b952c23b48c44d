namespace EwpGateway.Infrastructure.Xml;

/// <summary>One problem found while parsing or validating an XML document.</summary>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record XmlValidationError(int Line, int Column, string Message)
{
    public override string ToString() => $"({Line},{Column}): {Message}";
}
