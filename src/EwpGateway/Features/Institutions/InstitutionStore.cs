using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Institutions;

/// <summary>Reads and writes institutions (keyed by SCHAC id) with their organizational units. No CNRs exist for them.</summary>
internal sealed class InstitutionStore(AggregateWriter writer)
{
    /// <summary>Creates the institution, or replaces it when it exists (checking <paramref name="expectedVersion"/> if given).</summary>
    public async Task<Institution> UpsertAsync(Institution institution, long? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(institution);
        if (string.IsNullOrWhiteSpace(institution.Id))
        {
            throw new ArgumentException("An institution needs its SCHAC id.", nameof(institution));
        }

        var exists = await GetAsync(institution.Id, ct) is not null;
        if (!exists)
        {
            if (expectedVersion is > 0)
            {
                throw new ConcurrencyConflictException(nameof(Institution), institution.Id, expectedVersion.Value, null);
            }

            await writer.CreateAsync(institution, null, _ => [], ct);
            return await GetAsync(institution.Id, ct) ?? throw AggregateNotFoundException.For(nameof(Institution), institution.Id);
        }

        return await writer.UpdateAsync<Institution>(institution.Id, expectedVersion, (existing, _) =>
        {
            OwnedCollection.Replace(existing.Names, institution.Names);
            OwnedCollection.Replace(existing.OtherIds, institution.OtherIds);
            OwnedCollection.Replace(existing.OrganizationalUnits, institution.OrganizationalUnits);
            OwnedCollection.Replace(existing.Contacts, institution.Contacts);
            existing.Abbreviation = institution.Abbreviation;
            existing.WebsiteUrl = institution.WebsiteUrl;
            existing.Country = institution.Country;
            ProvenanceCopy.From(existing.Provenance, institution.Provenance);
        }, _ => [], ct);
    }

    public async Task<Institution?> GetAsync(string heiId, CancellationToken ct)
    {
        await using var db = writer.Factory.CreateDbContext();
        return await db.Institutions.AsNoTracking().AsAggregate().SingleOrDefaultAsync(i => i.Id == heiId, ct);
    }

    public Task<Page<Institution>> ListAsync(int pageSize, string? pageToken, CancellationToken ct) => ListAsync(null, pageSize, pageToken, ct);

    /// <summary>A page of institutions whose SCHAC id or a name contains <paramref name="text"/> (case-insensitive; null for all).</summary>
    public async Task<Page<Institution>> ListAsync(string? text, int pageSize, string? pageToken, CancellationToken ct)
    {
        var after = PageToken.Decode(pageToken);
        var size = PageToken.ClampPageSize(pageSize);
        await using var db = writer.Factory.CreateDbContext();
        var query = db.Institutions.AsNoTracking();
        if (text is not null)
        {
            var lower = text.ToLowerInvariant();
#pragma warning disable CA1862, CA1304, CA1311 // ToLower() is translated to SQL LOWER(); StringComparison overloads are not translated.
            query = query.Where(i => i.Id.ToLower().Contains(lower) || i.Names.Any(n => n.Text.ToLower().Contains(lower)));
#pragma warning restore CA1862, CA1304, CA1311
        }

        if (after is not null)
        {
            query = query.Where(i => string.Compare(i.Id, after) > 0);
        }

        var items = await query.OrderBy(i => i.Id).Take(size + 1).AsAggregate().ToListAsync(ct);
        return PageToken.PageOf(items, size);
    }
}
