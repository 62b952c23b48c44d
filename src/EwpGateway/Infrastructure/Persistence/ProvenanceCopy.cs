using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Copies what a writer may change of a <see cref="Provenance"/>; first-seen and the timestamps stay the store's.</summary>
internal static class ProvenanceCopy
{
    public static void From(Provenance target, Provenance source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        target.Source = source.Source;
        target.PartnerHeiId = source.PartnerHeiId;
        target.PartnerObjectId = source.PartnerObjectId;
        target.EwpVersion = source.EwpVersion;
        target.RawPayload = source.RawPayload;
    }
}
