namespace EwpGateway.Features.Iias;

/// <summary>What the IIA sync does with partners' copies (section <c>Ewp:Sync</c>, shared with the sync engine's options).</summary>
internal sealed class IiaSyncOptions
{
    public const string SectionName = "Ewp:Sync";

    /// <summary>
    /// Approve a partner's copy automatically when its terms hash the same as our copy's (and it is valid for approval);
    /// the approval CNR is then queued for the partner. Default <c>true</c>.
    /// </summary>
    public bool AutoApprove { get; set; } = true;
}
