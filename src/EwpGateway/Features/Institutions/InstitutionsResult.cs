using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Institutions;

/// <summary>The Institutions v2 <c>institutions-response</c>, streamed.</summary>
internal sealed class InstitutionsResult(IReadOnlyList<Institution> institutions) : IResult
{
    private const string Ns = EwpNamespaces.InstitutionsResponse;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "institutions-response", Ns);
        foreach (var institution in institutions)
        {
            await writer.WriteStartElementAsync(null, "hei", Ns);
            await writer.WriteElementStringAsync(null, "hei-id", Ns, institution.Id);
            foreach (var otherId in institution.OtherIds)
            {
                await writer.WriteStartElementAsync(null, "other-id", Ns);
                await writer.WriteAttributeStringAsync(null, "type", null, otherId.Type);
                await writer.WriteStringAsync(otherId.Value);
                await writer.WriteEndElementAsync();
            }

            foreach (var name in institution.Names)
            {
                await writer.WriteStartElementAsync(null, "name", Ns);
                if (!string.IsNullOrEmpty(name.Lang))
                {
                    await writer.WriteAttributeStringAsync("xml", "lang", EwpNamespaces.Xml, name.Lang);
                }

                await writer.WriteStringAsync(name.Text);
                await writer.WriteEndElementAsync();
            }

            if (RootUnit(institution) is { } root)
            {
                await writer.WriteElementStringAsync(null, "root-ounit-id", Ns, root);
            }

            foreach (var unit in institution.OrganizationalUnits)
            {
                await writer.WriteElementStringAsync(null, "ounit-id", Ns, unit.OunitId);
            }

            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    // A tree has exactly one unit without a parent; a flat list (several parentless units) has no root.
    private static string? RootUnit(Institution institution)
    {
        var roots = institution.OrganizationalUnits.Where(u => string.IsNullOrEmpty(u.ParentOunitId)).Take(2).ToList();
        return roots.Count == 1 && institution.OrganizationalUnits.Count > 1 ? roots[0].OunitId : null;
    }
}
