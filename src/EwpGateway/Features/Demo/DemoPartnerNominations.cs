using EwpGateway.Features.SampleData;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.Features.Demo;

/// <summary>
/// The sample data holds nominations partners sent us (incoming, some already decided): in the demo their senders are
/// simulated, so those partners must know them too, in the same proposal, or our decisions on them would be refused.
/// </summary>
internal static class DemoPartnerNominations
{
    public static void MirrorInto(SimulatedNetwork network, TimeProvider time)
    {
        var simulated = network.Partners.ToDictionary(p => p.HeiId, StringComparer.Ordinal);
        foreach (var n in SampleMobilities.Nominations().Where(n => n.Direction == NominationDirection.Incoming))
        {
            if (!simulated.TryGetValue(n.SendingHeiId, out var partner))
            {
                continue;
            }

            // Seeded as given: a new stamp would number a new proposal, which our decision does not answer.
            partner.Data.Nominations.Seed(new SimNomination
            {
                OmobilityId = n.Id,
                GivenNames = n.Student.GivenNames,
                FamilyName = n.Student.FamilyName,
                Email = n.Student.Email,
                BirthDate = n.Student.BirthDate,
                SendingHeiId = n.SendingHeiId,
                ReceivingHeiId = n.ReceivingHeiId,
                IiaId = n.IiaId,
                ReceivingAcademicYearId = n.ReceivingAcademicYearId,
                SendingAcademicTermId = n.SendingAcademicTermId,
                PlannedArrival = n.PlannedArrivalDate,
                PlannedDeparture = n.PlannedDepartureDate,
                IscedCode = n.IscedFCode,
                EqfLevel = n.EqfLevel,
                Status = SimNominationStatus.Pending,
                ProposalId = n.CurrentProposalId ?? "",
                ModifiedAt = time.GetUtcNow(),
            });
        }
    }
}
