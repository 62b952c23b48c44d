namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A higher education institution (EWP Institutions API); <see cref="AggregateRoot.Id"/> is its SCHAC id.</summary>
internal sealed class Institution : AggregateRoot
{
    public List<LocalizedText> Names { get; set; } = [];

    public List<OtherId> OtherIds { get; set; } = [];

    public List<OrganizationalUnit> OrganizationalUnits { get; set; } = [];
}
