namespace EwpGateway.PartnerSimulator;

/// <summary>The partner's grading scheme and its grade conversion table (how often each grade is given).</summary>
/// <param name="Description">The scheme's description, e.g. <c>Dutch scale 1-10, 5.5 is a pass</c>.</param>
/// <param name="IscedCode">The ISCED-F code the frequency table is for.</param>
/// <param name="Frequencies">Each grade label with its percentage, best first.</param>
public sealed record SimGradingScheme(string Description, string IscedCode, IReadOnlyList<(string Grade, decimal Percentage)> Frequencies);
