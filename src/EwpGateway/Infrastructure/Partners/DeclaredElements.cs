using System.Collections.Concurrent;
using System.Xml.Schema;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>The local names of every element a compiled schema declares (global and nested), cached per schema.</summary>
internal static class DeclaredElements
{
    private static readonly ConcurrentDictionary<string, IReadOnlySet<string>> s_cache = new(StringComparer.Ordinal);

    public static IReadOnlySet<string> Of(EwpSchemas schemas, string xsdPath)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        return s_cache.GetOrAdd(xsdPath, path =>
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var seen = new HashSet<XmlSchemaType>();
            foreach (var element in schemas.GetSchemaSet(path).GlobalElements.Values.OfType<XmlSchemaElement>())
            {
                Visit(element, names, seen);
            }

            return names;
        });
    }

    private static void Visit(XmlSchemaParticle? particle, HashSet<string> names, HashSet<XmlSchemaType> seen)
    {
        switch (particle)
        {
            case XmlSchemaElement element:
                names.Add(element.QualifiedName.Name);
                if (element.ElementSchemaType is XmlSchemaComplexType type && seen.Add(type))
                {
                    Visit(type.ContentTypeParticle, names, seen);
                }

                break;
            case XmlSchemaGroupBase group:
                foreach (var item in group.Items.OfType<XmlSchemaParticle>())
                {
                    Visit(item, names, seen);
                }

                break;
        }
    }
}
