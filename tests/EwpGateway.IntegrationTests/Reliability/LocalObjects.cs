using EwpGateway.Contracts.V1;
using EwpGateway.IntegrationTests.Grpc;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// Our own objects as the mobility system sends them over gRPC, with one partner: every write of them queues one CNR
/// to that partner. The version goes into a field, so each write is a real change.
/// </summary>
internal static class LocalObjects
{
    public static Agreement Agreement(string partner, string localIiaId, int version)
    {
        var agreement = GrpcTestData.Agreement();
        agreement.Partners[0].IiaId = localIiaId;
        agreement.Partners[1].HeiId = partner;
        agreement.Partners[1].IiaId = "theirs-" + localIiaId;
        foreach (var condition in agreement.CooperationConditions)
        {
            condition.SendingHeiId = condition.SendingHeiId == GrpcTestData.Partner ? partner : condition.SendingHeiId;
            condition.ReceivingHeiId = condition.ReceivingHeiId == GrpcTestData.Partner ? partner : condition.ReceivingHeiId;
        }

        agreement.CooperationConditions[0].MobilitiesPerYear = version;
        return agreement;
    }

    public static Nomination Nomination(string partner, int version)
    {
        var nomination = GrpcTestData.Nomination();
        nomination.ReceivingHeiId = partner;
        nomination.Student.FamilyName = $"Dupont-{version}";
        return nomination;
    }
}
