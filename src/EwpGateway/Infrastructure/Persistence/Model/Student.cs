namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>The student of a nomination (EWP omobility <c>student</c>).</summary>
internal sealed class Student
{
    public string GivenNames { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public DateOnly? BirthDate { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Citizenship { get; set; }

    /// <summary>ISO 5218 code: 0 unknown, 1 male, 2 female, 9 not applicable.</summary>
    public int? Gender { get; set; }

    public string? Email { get; set; }

    /// <summary>European Student Identifier (<c>urn:schac:personalUniqueCode:int:esi:...</c>).</summary>
    public string? GlobalId { get; set; }
}
