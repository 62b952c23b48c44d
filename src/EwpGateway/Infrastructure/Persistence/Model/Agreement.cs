namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>An inter-institutional agreement (EWP IIAs v7).</summary>
internal sealed class Agreement : AggregateRoot
{
    /// <summary>The partners, ours included; each with its own iia-id and iia-code.</summary>
    public List<AgreementPartner> Partners { get; set; } = [];

    public List<CooperationCondition> CooperationConditions { get; set; } = [];

    /// <summary>EWP <c>in-effect</c>: the agreement is signed and in force.</summary>
    public bool InEffect { get; set; }

    /// <summary>EWP <c>terminated-as-a-whole</c>.</summary>
    public bool TerminatedAsAWhole { get; set; }

    /// <summary>The current <c>iia-hash</c> (SHA-256, hex) of the cooperation conditions.</summary>
    public string? IiaHash { get; set; }

    public List<AgreementApproval> Approvals { get; set; } = [];

    /// <summary>Every contact of the agreement: the partners' and the cooperation conditions' ones.</summary>
    public List<AgreementContact> Contacts { get; set; } = [];

    /// <summary>EWP <c>pdf-file</c>: the File API id of the agreement's PDF.</summary>
    public string? PdfFileId { get; set; }

    /// <summary>When the agreement was terminated as a whole (not an EWP element: kept by the gateway).</summary>
    public DateTimeOffset? TerminatedAt { get; set; }

    /// <summary>
    /// For a partner's copy: how its terms compare with our copy, as the field-by-field explanation of the hash
    /// comparison; null when they match or when there is no copy of ours to compare with.
    /// </summary>
    public string? HashMismatch { get; set; }

    /// <summary>For a partner's copy: when its hash was last compared with our copy.</summary>
    public DateTimeOffset? HashComparedAt { get; set; }

    /// <summary>Why it was terminated, as our mobility system said (not sent over EWP).</summary>
    public string? TerminationReason { get; set; }
}
