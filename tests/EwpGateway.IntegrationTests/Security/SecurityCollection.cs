namespace EwpGateway.IntegrationTests.Security;

/// <summary>The bad-input suite shares one gateway (on PostgreSQL) and one hostile partner; its classes run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecurityGateway>
{
    public const string Name = "Security";
}
