using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>After a full listing, a partner's unlisted copies are withdrawn however long the listing is.</summary>
public abstract partial class StoreTests
{
    [Fact]
    public async Task WithdrawMissingPartnerNominations_FortyThousandListedIds_OnlyTheUnlistedWithdrawn()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new NominationStore(writer);
        foreach (var id in new[] { "om-1", "om-2" })
        {
            var incoming = DbTestData.Nomination(NominationDirection.Incoming);
            incoming.Provenance = new Provenance { Source = ProvenanceSource.Partner, PartnerHeiId = "gtu.ge", PartnerObjectId = id, EwpVersion = "3.0.0" };
            await store.UpsertPartnerCopyAsync(incoming, Ct);
        }

        var listed = Enumerable.Range(2, 40_000).Select(i => $"om-{i}").ToList();
        var withdrawn = await store.WithdrawMissingPartnerCopiesAsync("gtu.ge", listed, Ct);

        Assert.Equal(1, withdrawn);
        await using var db = factory.CreateDbContext();
        var copies = await db.Nominations.AsNoTracking().OrderBy(n => n.Provenance.PartnerObjectId).ToListAsync(Ct);
        Assert.Equal([("om-1", true), ("om-2", false)], copies.Select(c => (c.Provenance.PartnerObjectId, c.Provenance.WithdrawnAt is not null)));
    }
}
