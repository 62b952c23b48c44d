using System.Xml;

namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// Resolves schema imports to the verified local copies only: absolute URLs through the lock's rewrite
/// rules, relative ones inside the schema folder. Anything else is refused (and recorded), so compiling a
/// schema never touches the network or an arbitrary file. One instance per compilation: it also makes the
/// first schema document imported for a namespace win, as xmllint does, because the registry's bundled
/// schemas import the same namespace from several copies (e.g. common-types v1.15 and v1.16).
/// </summary>
internal sealed class LocalSchemaResolver(string schemaFolder, SchemaLock schemaLock) : XmlResolver
{
    private readonly string _folder = Path.GetFullPath(schemaFolder);
    private readonly Dictionary<string, Uri> _firstByNamespace = new(StringComparer.Ordinal);
    private readonly List<string> _refused = [];

    /// <summary>The locations refused so far (an import the schema set silently skipped otherwise).</summary>
    public IReadOnlyList<string> Refused => _refused;

    /// <summary>Records the root schema so that later imports of its namespace resolve to it.</summary>
    public Uri RegisterRoot(string relativePath)
    {
        var uri = new Uri(Path.Combine(_folder, relativePath));
        if (TargetNamespaceOf(relativePath) is { } ns)
        {
            _firstByNamespace.TryAdd(ns, uri);
        }

        return uri;
    }

    public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
    {
        var resolved = base.ResolveUri(baseUri, relativeUri);
        if (ToLocalRelativePath(resolved) is not { } relative)
        {
            return resolved;
        }

        // Continue from the local file, so that its own relative imports resolve inside the folder.
        var local = new Uri(Path.Combine(_folder, relative));
        if (TargetNamespaceOf(relative) is { } ns)
        {
            if (_firstByNamespace.TryGetValue(ns, out var first))
            {
                return first;
            }

            _firstByNamespace[ns] = local;
        }

        return local;
    }

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        if ((ofObjectToReturn is not null && ofObjectToReturn != typeof(Stream) && ofObjectToReturn != typeof(object))
            || ToLocalRelativePath(absoluteUri) is not { } relative)
        {
            _refused.Add(absoluteUri.OriginalString);
            throw new XmlException(
                $"Refusing to resolve '{absoluteUri}': not one of the locked EWP schemas (no network access while compiling schemas).");
        }

        return File.OpenRead(Path.Combine(_folder, relative));
    }

    /// <summary>The locked relative path <paramref name="uri"/> stands for, or <see langword="null"/> when it is not allowed.</summary>
    public string? ToLocalRelativePath(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        string? relative;
        if (!uri.IsAbsoluteUri)
        {
            return null;
        }

        if (uri.IsFile)
        {
            var full = Path.GetFullPath(uri.LocalPath);
            if (!full.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return null;
            }

            relative = Path.GetRelativePath(_folder, full).Replace(Path.DirectorySeparatorChar, '/');
        }
        else if (uri.Scheme is "http" or "https")
        {
            relative = schemaLock.Rewrite(uri.OriginalString) ?? schemaLock.Rewrite(uri.AbsoluteUri);
        }
        else
        {
            return null;
        }

        return relative is not null && schemaLock.Files.ContainsKey(relative) ? relative : null;
    }

    private string? TargetNamespaceOf(string relativePath)
    {
        using var reader = XmlReader.Create(Path.Combine(_folder, relativePath), HardenedXml.CreateReaderSettings());
        reader.MoveToContent();
        return reader.GetAttribute("targetNamespace");
    }
}
