namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>An EQF level (1-8) a cooperation condition applies to.</summary>
internal sealed class EqfLevel
{
    public int Level { get; set; }
}
