using System.Xml;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.UnitTests.Infrastructure.Xml;

public sealed class SchemaIntegrityTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ewp-schemas-" + Guid.NewGuid().ToString("N"));

    public SchemaIntegrityTests() => CopyDirectory(EwpSchemas.DefaultRoot, _root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void EnsureVerified_IntactCopy_Succeeds()
    {
        new EwpSchemas(_root).EnsureVerified();
    }

    [Fact]
    public void GetSchemaSet_TamperedImportedSchema_ThrowsNamingFile()
    {
        File.AppendAllText(Path.Combine(_root, "ewp", "ewp-specs-architecture", "common-types.xsd"), "<!-- changed -->");
        var schemas = new EwpSchemas(_root);

        var ex = Assert.Throws<SchemaIntegrityException>(() => schemas.GetSchemaSet("ewp-specs-api-echo/response.xsd"));

        Assert.Contains("ewp-specs-architecture/common-types.xsd", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureVerified_MissingSchema_ThrowsNamingFile()
    {
        File.Delete(Path.Combine(_root, "ewp", "w3c-xml", "xml.xsd"));

        var ex = Assert.Throws<SchemaIntegrityException>(() => new EwpSchemas(_root).EnsureVerified());

        Assert.Contains("w3c-xml/xml.xsd", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureVerified_MissingLock_Throws()
    {
        File.Delete(Path.Combine(_root, "ewp.lock"));

        Assert.Throws<SchemaIntegrityException>(() => new EwpSchemas(_root).EnsureVerified());
    }

    [Fact]
    public void LocalSchemaResolver_UnknownUrl_Refused()
    {
        var schemaLock = SchemaLock.Load(Path.Combine(_root, "ewp.lock"));
        var resolver = new LocalSchemaResolver(Path.Combine(_root, "ewp"), schemaLock);

        Assert.Throws<XmlException>(() => resolver.GetEntity(new Uri("https://example.com/evil.xsd"), null, typeof(Stream)));
        Assert.Throws<XmlException>(() => resolver.GetEntity(new Uri("file:///etc/passwd"), null, typeof(Stream)));
    }

    [Fact]
    public void LocalSchemaResolver_LockedUrl_MapsToLocalFile()
    {
        var schemaLock = SchemaLock.Load(Path.Combine(_root, "ewp.lock"));
        var resolver = new LocalSchemaResolver(Path.Combine(_root, "ewp"), schemaLock);

        var local = resolver.ToLocalRelativePath(new Uri("https://raw.githubusercontent.com/erasmus-without-paper/ewp-specs-architecture/stable-v1/common-types.xsd"));

        Assert.Equal("ewp-specs-architecture/common-types.xsd", local);
        Assert.Equal("w3c-xml/xml.xsd", resolver.ToLocalRelativePath(new Uri("http://www.w3.org/2001/03/xml.xsd")));
    }

    internal static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
