namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// The reliability tests run one after the other (each loads the machine on purpose), in parallel with the rest of
/// the suite.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReliabilityCollection
{
    public const string Name = "Reliability";
}
