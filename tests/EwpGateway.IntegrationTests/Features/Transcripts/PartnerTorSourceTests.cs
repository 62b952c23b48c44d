using System.Xml.Linq;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>
/// <see cref="PartnerTorSource"/> against a simulated receiving HEI of our outgoing students: transcripts listed,
/// fetched, ELMO signatures checked, grades converted (originals kept), one change-log row per real change; run on
/// SQLite and PostgreSQL.
/// </summary>
public abstract partial class PartnerTorSourceTests
{
    private static readonly SimGradingScheme Dutch = new(
        "Dutch scale 1-10, 5.5 is a pass", "0613", [("10", 2m), ("9", 8m), ("8", 20m), ("7", 35m), ("6", 35m)]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty PostgreSQL database; null to run on SQLite.</summary>
    private protected abstract Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct);

    [Fact]
    public async Task ListAndFetch_UnsignedTranscript_StoredWithHomeGradesOriginalsKeptAndOneCreatedRow()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", signed: false));
        var source = env.Source<PartnerTorSource>();

        var index = await source.ListAsync(env.Partner.HeiId, null, Ct);
        var result = await source.FetchAsync(env.Partner.HeiId, index.Ids, Ct);

        Assert.Equal(["our-om-1"], index.Ids);
        Assert.Equal(["our-om-1"], result.Stored);
        var listing = env.Partner.Requests.Snapshot().First(r => r.Endpoint == SimEndpoint.TorsIndex);
        Assert.Equal([env.Partner.HeiId], listing.Parameters["receiving_hei_id"]);
        Assert.Equal([TestNetwork.GatewayHeiId], listing.Parameters["sending_hei_id"]);
        var stored = Assert.Single(await env.AllAsync<Model.Transcript>(Ct));
        Assert.Equal(("our-om-1", TestNetwork.GatewayHeiId, env.Partner.HeiId, "Jan", "de Boer"),
            (stored.OmobilityId, stored.SendingHeiId, stored.ReceivingHeiId, stored.Learner.GivenNames, stored.Learner.FamilyName));
        Assert.Equal((Model.ProvenanceSource.Partner, env.Partner.HeiId, "our-om-1", "2.0.0"),
            (stored.Provenance.Source, stored.Provenance.PartnerHeiId, stored.Provenance.PartnerObjectId, stored.Provenance.EwpVersion));
        Assert.Equal(XName.Get("elmo", EwpNamespaces.ElmoV1), XElement.Parse(System.Text.Encoding.UTF8.GetString(stored.Provenance.RawPayload!)).Name);
        Assert.Equal(Model.ElmoSignatureStatus.Unsigned, stored.ElmoSignature);
        Assert.Equal(5, stored.GradeConversion.Count);
        Assert.Equal(
            [("Thermodynamics", "9", "17"), ("Fluid mechanics", "7", "13"), ("Numerical methods", "6", "11"), ("Thesis", "5", null)],
            stored.Results.Select(r => (r.Title, r.Grade, r.HomeGrade)));
        var created = Assert.Single(await env.ChangeLogAsync(Ct));
        Assert.Equal((nameof(Model.Transcript), stored.Id, ChangeOperation.Created), (created.AggregateType, created.AggregateId, created.Operation));
        Assert.Equal(0, await env.OutboxCountAsync(Ct));
    }

    [Fact]
    public async Task Fetch_SignedElmo_Valid()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", signed: true));

        await env.Source<PartnerTorSource>().FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);

        var stored = Assert.Single(await env.AllAsync<Model.Transcript>(Ct));
        Assert.True(stored.ElmoSignature == Model.ElmoSignatureStatus.Valid, stored.ElmoSignatureDetail);
        Assert.Contains("verifies", stored.ElmoSignatureDetail, StringComparison.Ordinal);
        Assert.Empty(await env.IssuesAsync(Ct));
    }

    [Fact]
    public async Task Fetch_TamperedSignedElmo_StoredFlaggedInvalidAndCounted()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", signed: true));
        using var scope = env.Services.CreateScope();
        var services = scope.ServiceProvider;
        var source = new PartnerTorSource(
            new TamperingTorsClient(services.GetRequiredService<IImobilityTorsV2Client>(), body => body.Replace("resultLabel>6<", "resultLabel>9<", StringComparison.Ordinal)),
            services.GetRequiredService<PartnerApiResolver>(), services.GetRequiredService<PartnerResponseReader>(),
            services.GetRequiredService<PayloadIssueRecorder>(), services.GetRequiredService<TranscriptStore>(),
            services.GetRequiredService<GradeConverter>(), services.GetRequiredService<IOptions<EwpHostOptions>>(),
            services.GetRequiredService<ILogger<PartnerTorSource>>());

        var result = await source.FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);

        Assert.Equal(["our-om-1"], result.Stored);
        var stored = Assert.Single(await env.AllAsync<Model.Transcript>(Ct));
        Assert.Equal(Model.ElmoSignatureStatus.Invalid, stored.ElmoSignature);
        Assert.Equal("9", stored.Results.Single(r => r.Title == "Numerical methods").Grade);
        var issue = Assert.Single(await env.IssuesAsync(Ct));
        Assert.Equal(("imobility-tors", "elmo-signature", "our-om-1", null), (issue.Api, issue.Kind, issue.ObjectId, issue.ResolvedAt));
    }

    [Fact]
    public async Task Fetch_SameAgainThenGone_NoRowThenWithdrawnWithOneRow()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", signed: true));
        var source = env.Source<PartnerTorSource>();
        await source.FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);

        await source.FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);
        Assert.Single(await env.ChangeLogAsync(Ct));

        env.Partner.Data.Transcripts.Remove("our-om-1");
        var gone = await source.FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);

        Assert.Equal(["our-om-1"], gone.Withdrawn);
        var stored = Assert.Single(await env.AllAsync<Model.Transcript>(Ct));
        Assert.NotNull(stored.Provenance.WithdrawnAt);
        Assert.Equal([ChangeOperation.Created, ChangeOperation.Updated], (await env.ChangeLogAsync(Ct)).Select(e => e.Operation));
    }

    [Theory]
    [InlineData(SimFaultKind.MalformedXml, "malformed-xml")]
    [InlineData(SimFaultKind.SchemaViolation, "schema")]
    [InlineData(SimFaultKind.MissingRequiredElement, "missing-element")]
    public async Task Fetch_UnusableAnswer_CallFailsNothingStoredAndCounted(SimFaultKind fault, string kind)
    {
        await using var env = await StartAsync();
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", signed: false));
        env.Partner.Faults.Add(new SimFault(fault), SimEndpoint.TorsGet);

        // The whole answer is unusable (cut, invalid around its items, or its item lacks the id): a failed call, not "rejected".
        await Assert.ThrowsAsync<PartnerPayloadException>(() => env.Source<PartnerTorSource>().FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct));

        Assert.Empty(await env.AllAsync<Model.Transcript>(Ct));
        Assert.Empty(await env.ChangeLogAsync(Ct));
        var issue = Assert.Single(await env.IssuesAsync(Ct));
        Assert.Equal(("imobility-tors", kind, "our-om-1"), (issue.Api, issue.Kind, issue.ObjectId));
    }

    [Fact]
    public async Task Fetch_ConfiguredTableForTheScheme_WinsOverTheDistribution()
    {
        await using var env = await StartAsync(new Dictionary<string, string?>
        {
            ["Ewp:Tors:GradeConversion:Mappings:0:Scheme"] = "gs-1",
            ["Ewp:Tors:GradeConversion:Mappings:0:Grades:9"] = "16",
            ["Ewp:Tors:GradeConversion:Mappings:0:Grades:5"] = "8",
        });
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", signed: false));

        await env.Source<PartnerTorSource>().FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);

        var stored = Assert.Single(await env.AllAsync<Model.Transcript>(Ct));
        Assert.Equal([("9", "16"), ("7", "13"), ("6", "11"), ("5", "8")], stored.Results.Select(r => (r.Grade!, r.HomeGrade)));
    }

    private async Task<SimulatedPartnerGateway> StartAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        await SimulatedPartnerGateway.StartAsync(await CreatePostgresDatabaseAsync(Ct), settings, Ct);

    private static SimTranscript Transcript(string omobilityId, bool signed) => new()
    {
        OmobilityId = omobilityId,
        GivenNames = "Jan",
        FamilyName = "de Boer",
        BirthDate = new DateOnly(2002, 9, 1),
        GradingScheme = Dutch,
        Signed = signed,
        Results =
        [
            new SimCourseResult("Thermodynamics", 6m, "9"),
            new SimCourseResult("Fluid mechanics", 5m, "7"),
            new SimCourseResult("Numerical methods", 5m, "6"),
            new SimCourseResult("Thesis", 15m, "5"),
        ],
    };
}
