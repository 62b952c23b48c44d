namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>One partner of an IIA (EWP <c>partner</c>): its HEI, unit, its own id and code of the IIA, and who signed.</summary>
internal sealed class AgreementPartner
{
    public string HeiId { get; set; } = "";

    public string? OunitId { get; set; }

    /// <summary>The partner's own <c>iia-id</c> (null until the partner has one).</summary>
    public string? IiaId { get; set; }

    /// <summary>The partner's human-readable <c>iia-code</c>.</summary>
    public string? IiaCode { get; set; }

    public string? SigningContactGivenNames { get; set; }

    public string? SigningContactFamilyName { get; set; }

    public string? SigningContactEmail { get; set; }

    public DateOnly? SigningDate { get; set; }
}
