using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.UnitTests.Features.Nominations;

/// <summary>The v3 <c>proposal-id</c> changes if and only if the nomination content changes.</summary>
public sealed class OmobilityProposalTests
{
    [Fact]
    public void IdOf_SameContent_SameId() => Assert.Equal(OmobilityProposal.IdOf(Build()), OmobilityProposal.IdOf(Build()));

    [Fact]
    public void IdOf_StatusOrStudentChanged_SameId()
    {
        var changed = Build();
        changed.Status = NominationStatus.Accepted;
        changed.Student.FamilyName = "Married-Name";

        Assert.Equal(OmobilityProposal.IdOf(Build()), OmobilityProposal.IdOf(changed));
    }

    [Theory]
    [InlineData("year")]
    [InlineData("isced")]
    [InlineData("eqf")]
    [InlineData("receiving-ounit")]
    [InlineData("ounit-moved")]
    public void IdOf_NominationContentChanged_OtherId(string field)
    {
        var changed = Build();
        switch (field)
        {
            case "year": changed.ReceivingAcademicYearId = "2027/2028"; break;
            case "isced": changed.IscedFCode = "0611"; break;
            case "eqf": changed.EqfLevel = 6; break;
            case "receiving-ounit": changed.ReceivingOunitId = "other"; break;
            default: (changed.SendingOunitId, changed.ReceivingOunitId) = (null, "n7"); break;
        }

        Assert.NotEqual(OmobilityProposal.IdOf(Build()), OmobilityProposal.IdOf(changed));
    }

    [Fact]
    public void IdOf_CurrentProposalIdSet_ThatId()
    {
        var nomination = Build();
        nomination.CurrentProposalId = "la-proposal-7";

        Assert.Equal("la-proposal-7", OmobilityProposal.IdOf(nomination));
    }

    private static Nomination Build() => new()
    {
        Id = "om-1",
        Student = new Student { GivenNames = "Ada", FamilyName = "Lovelace" },
        SendingHeiId = "inp-toulouse.fr",
        SendingOunitId = "n7",
        ReceivingHeiId = "uni-partner.example",
        ReceivingAcademicYearId = "2026/2027",
        EqfLevel = 7,
        IscedFCode = "0613",
    };
}
