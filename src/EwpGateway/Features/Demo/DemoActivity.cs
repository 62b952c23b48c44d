using EwpGateway.PartnerSimulator;

namespace EwpGateway.Features.Demo;

/// <summary>
/// Makes the simulated partners act like real ones while the demo runs: every few seconds one of the healthy partners
/// changes one of its agreements and notifies the gateway (IIA CNR), so the dashboard shows CNRs arriving and the
/// changed agreement being fetched.
/// </summary>
internal sealed class DemoActivity(SimulatedNetwork network, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var partners = network.Partners.Where(p => p.HeiId != DemoSession.FailingPartner).ToList();
        for (var round = 0; !cancellationToken.IsCancellationRequested; round++)
        {
            try
            {
                await Task.Delay(Interval, time, cancellationToken);
                await ChangeOneAgreementAsync(partners[round % partners.Count], cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (HttpRequestException)
            {
                // The gateway is stopping or restarting: the next round tries again.
            }
        }
    }

    private static async Task ChangeOneAgreementAsync(SimulatedPartner partner, CancellationToken cancellationToken)
    {
        var agreements = partner.Data.Agreements.All;
        if (agreements.Count == 0)
        {
            return;
        }

        var agreement = agreements[Random.Shared.Next(agreements.Count)];
        var first = agreement.Conditions[0];
        var changed = agreement with
        {
            Conditions = [first with { MobilitiesPerYear = first.MobilitiesPerYear % 9 + 1 }, .. agreement.Conditions.Skip(1)],
        };
        partner.Data.Agreements.Upsert(changed);
        await partner.SendCnrAsync(SimCnrKind.Iia, changed.IiaId, 1, cancellationToken);
    }
}
