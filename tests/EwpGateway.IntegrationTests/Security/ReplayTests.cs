using System.Net;
using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// Replayed requests on the endpoints that change state: the exact bytes of an accepted request sent again (a CNR, an
/// approval), and a request id reused under a fresh signature. The replay is a 400 and changes nothing.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ReplayTests(SecurityGateway gateway)
{
    private const string UpdateNs = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-request.xsd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cnr_ExactReplay_400AndCountedOnce()
    {
        var request = SignedRaw.Form(gateway, "/ewp/iia-cnr", "iia_id=" + Guid.NewGuid());
        using var first = await gateway.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var after = await gateway.SnapshotAsync(Ct);

        var replay = await gateway.SendAsync(request, Ct);

        Assert.Contains(request.RequestId, await Refusal.AssertAsync(replay, HttpStatusCode.BadRequest, Ct), StringComparison.Ordinal);
        Assert.Equal(after, await gateway.SnapshotAsync(Ct));
    }

    [Fact]
    public async Task Update_ExactReplay_400AndDecidedOnce()
    {
        var nomination = await gateway.SubmitNominationAsync(Ct);
        var xml = $"<omobilities-update-request xmlns=\"{UpdateNs}\"><reject-proposal-v1><omobility-id>{nomination.Id}</omobility-id>"
            + $"<proposal-id>{OmobilityProposal.IdOf(nomination)}</proposal-id><comment>No place left.</comment></reject-proposal-v1></omobilities-update-request>";
        var request = SignedRaw.Form(gateway, "/ewp/omobilities/update", "") with { Body = System.Text.Encoding.UTF8.GetBytes(xml), ContentType = "text/xml" };
        using var first = await gateway.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var after = await gateway.SnapshotAsync(Ct);

        var replay = await gateway.SendAsync(request, Ct);

        await Refusal.AssertAsync(replay, HttpStatusCode.BadRequest, Ct);
        Assert.Equal(after, await gateway.SnapshotAsync(Ct));
        var stored = await gateway.Services.GetRequiredService<NominationStore>().GetAsync(nomination.Id, Ct);
        Assert.Equal([NominationStatus.Nominated, NominationStatus.Rejected], stored!.StatusHistory.Select(h => h.Status));
    }

    [Fact]
    public async Task Cnr_RequestIdReusedWithANewSignature_400AndNothingStored()
    {
        var first = SignedRaw.Form(gateway, "/ewp/iia-cnr", "iia_id=" + Guid.NewGuid());
        using (var accepted = await gateway.SendAsync(first, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var before = await gateway.SnapshotAsync(Ct);

        // A different body and date, correctly signed: only the request id is old.
        var reused = SignedRaw.Form(gateway, "/ewp/iia-cnr", "iia_id=" + Guid.NewGuid()) with { RequestId = first.RequestId, Time = first.Time.AddSeconds(1) };
        var response = await gateway.SendAsync(reused, Ct);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, Ct);
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Fact]
    public async Task Cnr_RequestIdInUpperCase_400NotAFreshId()
    {
        var first = SignedRaw.Form(gateway, "/ewp/iia-cnr", "iia_id=" + Guid.NewGuid());
        using (var accepted = await gateway.SendAsync(first, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var response = await gateway.SendAsync(first with { RequestId = first.RequestId.ToUpperInvariant() }, Ct);

        Assert.Contains("canonical", await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, Ct), StringComparison.Ordinal);
    }
}
