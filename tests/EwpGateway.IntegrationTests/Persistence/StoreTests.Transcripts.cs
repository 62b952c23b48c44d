using EwpGateway.Features.Iias;
using EwpGateway.Features.Institutions;
using EwpGateway.Features.Nominations;
using EwpGateway.Features.SampleData;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>The transcript store on each provider: every ELMO detail survives publish and update.</summary>
public abstract partial class StoreTests
{
    [Fact]
    public async Task TranscriptStore_PublishThenGet_RoundTripsResultsAndAttachments()
    {
        var (writer, _) = await NewDatabaseAsync();
        var store = new TranscriptStore(writer);
        var transcript = DbTestData.Transcript();

        var published = await store.PublishAsync(transcript, "tor-key", Ct);
        var loaded = await store.GetAsync(published.Id, Ct);

        Assert.NotNull(loaded);
        Assert.Equal(DbJson.Of(transcript), DbJson.Of(loaded));
        Assert.Equal([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF], loaded.Attachments[0].Content);
    }

    [Fact]
    public async Task TranscriptStore_Update_ReplacesEveryElmoDetail()
    {
        var (writer, _) = await NewDatabaseAsync();
        var store = new TranscriptStore(writer);
        var bare = DbTestData.Transcript();
        bare.LearnerIdentifiers.Clear();
        bare.IssuerIdentifiers.Clear();
        bare.IssuerTitles.Clear();
        bare.GradingSchemes.Clear();
        bare.GradeConversion.Clear();
        (bare.IssuerCountry, bare.IssuerUrl, bare.GeneratedDate) = (null, null, null);
        var published = await store.PublishAsync(bare, "tor-update", Ct);
        var full = DbTestData.Transcript();
        full.Id = published.Id;

        await store.UpdateAsync(full, published.Version, Ct);

        var loaded = await store.GetAsync(published.Id, Ct);
        Assert.NotNull(loaded);
        Assert.Equal(2, loaded.Version);

        // The store owns the version and the provenance times; everything else must be what the update said.
        full.Version = loaded.Version;
        full.Provenance = loaded.Provenance;
        Assert.Equal(DbJson.Of(full), DbJson.Of(loaded));
    }
}
