using System.Xml;

namespace EwpGateway.Features.Manifest;

/// <summary>
/// An API the gateway serves, as listed in the manifest's <c>apis-implemented</c>. Each feature registers
/// its own entries, so the manifest always lists exactly what is mapped.
/// </summary>
internal interface IManifestApiEntry
{
    /// <summary>Writes the entry element (in the API's manifest-entry namespace).</summary>
    Task WriteAsync(XmlWriter writer, ManifestContext context);
}
