namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>Who is the source of truth of an object.</summary>
internal enum ProvenanceSource
{
    /// <summary>Our own mobility system (written through gRPC).</summary>
    Local,

    /// <summary>A partner HEI (fetched through EWP).</summary>
    Partner,
}
