using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// The official EWP schemas, verified against <c>schemas/ewp.lock</c> at first use and compiled once per
/// root XSD. Paths are relative to <c>schemas/ewp/</c>, e.g. <c>ewp-specs-api-registry/catalogue.xsd</c>.
/// Thread-safe; use <see cref="Default"/> (or the DI singleton) rather than new instances.
/// </summary>
internal sealed class EwpSchemas
{
    private static readonly Lazy<EwpSchemas> s_default = new(() => new EwpSchemas(DefaultRoot));

    private readonly string _root;
    private readonly string _folder;
    private readonly Lazy<SchemaLock> _verifiedLock;
    private readonly ConcurrentDictionary<string, Lazy<CompiledSchema>> _compiled = new(StringComparer.Ordinal);

    /// <param name="root">Folder holding <c>ewp.lock</c> and the <c>ewp/</c> schema folder.</param>
    public EwpSchemas(string root)
    {
        _root = Path.GetFullPath(root);
        _folder = Path.Combine(_root, "ewp");
        _verifiedLock = new Lazy<SchemaLock>(LoadAndVerify, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The <c>schemas/</c> folder next to the application's assembly (where the build copies them).</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "schemas");

    /// <summary>The schemas next to the application's assembly.</summary>
    public static EwpSchemas Default => s_default.Value;

    /// <summary>Checks every locked schema file once; throws <see cref="SchemaIntegrityException"/> naming the first bad file.</summary>
    public void EnsureVerified() => _ = _verifiedLock.Value;

    /// <summary>The compiled schema set rooted at <paramref name="xsdPath"/> (cached).</summary>
    /// <exception cref="SchemaIntegrityException">The schemas are missing, tampered with, or do not compile.</exception>
    public XmlSchemaSet GetSchemaSet(string xsdPath) => GetCompiled(xsdPath).Set;

    /// <summary>Parses <paramref name="xml"/> with the hardened settings and validates it against <paramref name="xsdPath"/>.</summary>
    /// <returns>The errors; empty when the document is well-formed and valid.</returns>
    public IReadOnlyList<XmlValidationError> Validate(Stream xml, string xsdPath, long maxCharacters = HardenedXml.DefaultMaxCharacters)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var compiled = GetCompiled(xsdPath);
        var errors = new List<XmlValidationError>();
        var settings = HardenedXml.CreateReaderSettings(maxCharacters);
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = compiled.Set;
        settings.ValidationFlags = XmlSchemaValidationFlags.None;
        settings.ValidationEventHandler += (_, e) => AddError(errors, e, null);
        try
        {
            using var reader = new DepthLimitedXmlReader(XmlReader.Create(xml, settings), HardenedXml.MaxDepth);
            var rootChecked = false;
            while (reader.Read())
            {
                if (!rootChecked && reader.NodeType == XmlNodeType.Element)
                {
                    rootChecked = true;
                    CheckRoot(compiled, new XmlQualifiedName(reader.LocalName, reader.NamespaceURI), reader as IXmlLineInfo, errors);
                }
            }
        }
        catch (XmlException ex)
        {
            errors.Add(new XmlValidationError(ex.LineNumber, ex.LinePosition, ex.Message));
        }

        return errors;
    }

    /// <summary>Validates an already parsed document against <paramref name="xsdPath"/>.</summary>
    /// <returns>The errors; empty when valid. Lines are known when the document was loaded with line info.</returns>
    public IReadOnlyList<XmlValidationError> Validate(XDocument document, string xsdPath)
    {
        ArgumentNullException.ThrowIfNull(document);
        var compiled = GetCompiled(xsdPath);
        var errors = new List<XmlValidationError>();
        if (document.Root is not { } root)
        {
            errors.Add(new XmlValidationError(0, 0, "The document has no root element."));
            return errors;
        }

        CheckRoot(compiled, new XmlQualifiedName(root.Name.LocalName, root.Name.NamespaceName), root, errors);
        document.Validate(compiled.Set, (sender, e) => AddError(errors, e, sender as IXmlLineInfo));
        return errors;
    }

    private static void AddError(List<XmlValidationError> errors, ValidationEventArgs e, IXmlLineInfo? position)
    {
        // Warnings are only "no schema information" notes for lax content; the root check covers unknown roots.
        if (e.Severity != XmlSeverityType.Error)
        {
            return;
        }

        var line = e.Exception?.LineNumber ?? 0;
        var column = e.Exception?.LinePosition ?? 0;
        if (line == 0 && position is { } info && info.HasLineInfo())
        {
            line = info.LineNumber;
            column = info.LinePosition;
        }

        errors.Add(new XmlValidationError(line, column, e.Message));
    }

    private static void CheckRoot(CompiledSchema compiled, XmlQualifiedName name, IXmlLineInfo? position, List<XmlValidationError> errors)
    {
        // A well-formed document whose root the schema does not declare only raises a warning in .NET; refuse it.
        if (!compiled.Root.Elements.Contains(name))
        {
            var (line, column) = position is { } info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
            errors.Add(new XmlValidationError(line, column, $"Root element {{{name.Namespace}}}{name.Name} is not declared by {compiled.Path}."));
        }
    }

    private CompiledSchema GetCompiled(string xsdPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(xsdPath);
        var schemaLock = _verifiedLock.Value;
        if (!schemaLock.Files.ContainsKey(xsdPath))
        {
            throw new ArgumentException($"'{xsdPath}' is not one of the locked EWP schemas.", nameof(xsdPath));
        }

        return _compiled.GetOrAdd(xsdPath, p => new Lazy<CompiledSchema>(() => Compile(p, schemaLock))).Value;
    }

    private CompiledSchema Compile(string xsdPath, SchemaLock schemaLock)
    {
        var resolver = new LocalSchemaResolver(_folder, schemaLock);
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var problems = new List<string>();
        set.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                problems.Add($"{e.Exception?.SourceUri}({e.Exception?.LineNumber}): {e.Message}");
            }
        };

        XmlSchema root;
        try
        {
            var rootUri = resolver.RegisterRoot(xsdPath);
            var settings = HardenedXml.CreateReaderSettings();
            settings.XmlResolver = resolver;
            using var stream = File.OpenRead(Path.Combine(_folder, xsdPath));
            using var reader = XmlReader.Create(stream, settings, rootUri.AbsoluteUri);
            root = set.Add(null, reader) ?? throw new SchemaIntegrityException($"Schema {xsdPath} was not added.");
            set.Compile();
        }
        catch (Exception ex) when (ex is XmlException or XmlSchemaException or IOException)
        {
            throw new SchemaIntegrityException($"Schema {xsdPath} does not compile: {ex.Message}", ex);
        }

        // The schema set only warns about an import it could not load; a refused location is a broken schema.
        problems.AddRange(resolver.Refused.Select(uri => $"import of '{uri}' refused (not a locked schema)"));
        if (problems.Count > 0)
        {
            throw new SchemaIntegrityException($"Schema {xsdPath} does not compile: {string.Join("; ", problems)}");
        }

        return new CompiledSchema(xsdPath, set, root);
    }

    private SchemaLock LoadAndVerify()
    {
        var lockPath = Path.Combine(_root, "ewp.lock");
        if (!File.Exists(lockPath))
        {
            throw new SchemaIntegrityException($"Schema lock file {lockPath} is missing; run schemas/fetch.sh and rebuild.");
        }

        var schemaLock = SchemaLock.Load(lockPath);
        foreach (var entry in schemaLock.Files.Values)
        {
            var path = Path.Combine(_folder, entry.Path);
            if (!File.Exists(path))
            {
                throw new SchemaIntegrityException($"Schema {entry.Path} is missing from {_folder}; run schemas/fetch.sh and rebuild.");
            }

            using var stream = File.OpenRead(path);
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (!string.Equals(actual, entry.Sha256, StringComparison.Ordinal))
            {
                throw new SchemaIntegrityException(
                    $"Schema {entry.Path} does not match schemas/ewp.lock (expected SHA-256 {entry.Sha256}, found {actual}).");
            }
        }

        return schemaLock;
    }

    private sealed record CompiledSchema(string Path, XmlSchemaSet Set, XmlSchema Root);
}
