using EwpGateway.Features.Iias;
using EwpGateway.Features.Institutions;
using EwpGateway.Features.Nominations;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.SampleData;

/// <summary>
/// Seeds the sample dataset through the stores (so change-log and outbox rows exist), only into an empty database.
/// </summary>
internal sealed class SampleDataSeeder(
    GatewayDbContextFactory factory,
    InstitutionStore institutions,
    AgreementStore agreements,
    NominationStore nominations,
    TranscriptStore transcripts,
    ILogger<SampleDataSeeder> logger)
{
    /// <returns>Whether the data was seeded (false when the database already held something).</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        await using (var db = factory.CreateDbContext())
        {
            if (await db.ChangeLog.AnyAsync(ct) || await db.Institutions.AnyAsync(ct) || await db.Agreements.AnyAsync(ct))
            {
                PersistenceLog.SampleDataSkipped(logger);
                return false;
            }
        }

        var counts = new int[4];
        foreach (var institution in SampleInstitutions.All())
        {
            await institutions.UpsertAsync(institution, null, ct);
            counts[0]++;
        }

        foreach (var agreement in SampleAgreements.All())
        {
            var stored = await agreements.CreateAsync(agreement, "sample:" + agreement.Id, ct);
            if (stored.InEffect)
            {
                var hash = "sample-hash-" + stored.Id;
                stored = await agreements.ApproveAsync(stored.Id, stored.Partners[1].HeiId, hash, stored.Version, ct);
                await agreements.ApproveAsync(stored.Id, SampleInstitutions.Home, hash, stored.Version, ct);
            }

            counts[1]++;
        }

        foreach (var nomination in SampleMobilities.Nominations())
        {
            await nominations.CreateAsync(nomination, "sample:" + nomination.Id, ct);
            counts[2]++;
        }

        await nominations.AcceptAsync("im-gtu-1", "Welcome to Toulouse INP.", null, ct);
        await nominations.AcceptAsync("im-validator1-1", null, null, ct);
        await nominations.AcceptAsync("im-validator2-1", null, null, ct);

        foreach (var transcript in SampleMobilities.Transcripts())
        {
            await transcripts.PublishAsync(transcript, "sample:" + transcript.Id, ct);
            counts[3]++;
        }

        PersistenceLog.SampleDataSeeded(logger, counts[0], counts[1], counts[2], counts[3]);
        return true;
    }
}
