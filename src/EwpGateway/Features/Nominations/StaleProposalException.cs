namespace EwpGateway.Features.Nominations;

/// <summary>An update names a proposal of a nomination that is no longer (or never was) the current one.</summary>
internal sealed class StaleProposalException : Exception
{
    public StaleProposalException()
    {
    }

    public StaleProposalException(string message)
        : base(message)
    {
    }

    public StaleProposalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StaleProposalException(string omobilityId, string proposalId, string currentProposalId)
        : base($"Proposal '{proposalId}' of mobility '{omobilityId}' is not the current one ('{currentProposalId}').")
    {
    }
}
