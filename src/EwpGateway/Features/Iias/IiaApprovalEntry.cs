namespace EwpGateway.Features.Iias;

/// <summary>One <c>approval</c> of the IIAs Approval API: the caller's iia-id and the hash of its copy we approved.</summary>
internal sealed record IiaApprovalEntry(string IiaId, string IiaHash);
