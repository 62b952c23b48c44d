namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>The learner a transcript is about (ELMO <c>learner</c>).</summary>
internal sealed class Learner
{
    public string GivenNames { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public DateOnly? BirthDate { get; set; }

    public string? Citizenship { get; set; }

    /// <summary>European Student Identifier.</summary>
    public string? GlobalId { get; set; }

    public string? Email { get; set; }
}
