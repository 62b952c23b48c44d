namespace EwpGateway.Infrastructure.Xml;

/// <summary>One official schema file listed in <c>schemas/ewp.lock</c>.</summary>
/// <param name="Path">Path relative to <c>schemas/ewp/</c>, with forward slashes.</param>
/// <param name="Sha256">Expected lower-case hex SHA-256 of the file.</param>
/// <param name="Url">The pinned upstream URL the file comes from.</param>
internal sealed record SchemaLockEntry(string Path, string Sha256, Uri Url);
