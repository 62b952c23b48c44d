using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.UnitTests.Infrastructure.Xml;

public sealed class AllSchemasTests
{
    // Broken upstream: imports "schemas/ewp-specs-api-courses-v0.7.1/response.xsd" (wrong relative path in the registry repo).
    private const string KnownBroken = "_registry-service-bundled/ewp-specs-api-course-replication-v1.0.0-rc9/";

    [Fact]
    public void GetSchemaSet_EveryLockedSchema_CompilesOffline()
    {
        var schemaLock = SchemaLock.Load(Path.Combine(EwpSchemas.DefaultRoot, "ewp.lock"));
        var schemas = new EwpSchemas(EwpSchemas.DefaultRoot);
        var failures = new List<string>();

        foreach (var path in schemaLock.Files.Keys.Where(p => !p.StartsWith(KnownBroken, StringComparison.Ordinal)))
        {
            try
            {
                schemas.GetSchemaSet(path);
            }
            catch (SchemaIntegrityException ex)
            {
                failures.Add(ex.Message);
            }
        }

        Assert.Empty(failures);
    }
}
