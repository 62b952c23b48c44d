using EwpGateway.PartnerSimulator;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>Agreements a simulated partner holds with the gateway, in the XSD order of mobility kinds.</summary>
internal static class SimData
{
    public static SimAgreement Agreement(string partnerHeiId, string iiaId, string? ourIiaId = null, int studentsPerYear = 2) => new()
    {
        IiaId = iiaId,
        IiaCode = iiaId.ToUpperInvariant(),
        GatewayIiaId = ourIiaId,
        InEffect = false,
        Conditions =
        [
            new SimCondition
            {
                Type = SimConditionType.StudentStudies, SendingHeiId = partnerHeiId, ReceivingHeiId = SimulatedSyncHost.Home,
                FirstAcademicYear = "2025/2026", LastAcademicYear = "2027/2028", MobilitiesPerYear = studentsPerYear, TotalMonths = 5,
                IscedCodes = ["0613"], EqfLevels = [6, 7], Language = ("en", "B2"),
            },
            new SimCondition
            {
                Type = SimConditionType.StaffTeaching, SendingHeiId = SimulatedSyncHost.Home, ReceivingHeiId = partnerHeiId,
                FirstAcademicYear = "2025/2026", LastAcademicYear = "2027/2028", MobilitiesPerYear = 1, TotalDays = 7,
                Language = ("en", "B2"),
            },
        ],
    };
}
