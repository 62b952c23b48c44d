namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>That <see cref="HeiId"/> approved the IIA in the version whose hash is <see cref="IiaHash"/>, and when.</summary>
internal sealed class AgreementApproval
{
    public string HeiId { get; set; } = "";

    public string IiaHash { get; set; } = "";

    public DateTimeOffset ApprovedAt { get; set; }
}
