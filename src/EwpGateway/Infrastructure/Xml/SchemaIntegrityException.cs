namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// The official schemas are missing, tampered with or unusable. A start-up error: we never validate
/// against schemas we cannot vouch for.
/// </summary>
internal sealed class SchemaIntegrityException : Exception
{
    public SchemaIntegrityException(string message)
        : base(message)
    {
    }

    public SchemaIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
