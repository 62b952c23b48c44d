using System.Xml.Linq;
using EwpGateway.Features.Nominations;

namespace EwpGateway.UnitTests.Features.Nominations;

public sealed class OmobilityUpdateRequestTests
{
    private const string Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-request.xsd";

    [Fact]
    public void From_Approve_IdsAndNoComment()
    {
        var document = XDocument.Parse($"<omobilities-update-request xmlns=\"{Ns}\"><approve-proposal-v1>"
            + "<omobility-id> om-1 </omobility-id><proposal-id>p-1</proposal-id></approve-proposal-v1></omobilities-update-request>");

        Assert.Equal(new OmobilityUpdateRequest(true, "om-1", "p-1", null), OmobilityUpdateRequest.From(document));
    }

    [Fact]
    public void From_Reject_WithComment()
    {
        var document = XDocument.Parse($"<omobilities-update-request xmlns=\"{Ns}\"><reject-proposal-v1>"
            + "<omobility-id>om-1</omobility-id><proposal-id>p-1</proposal-id><comment>No place left.</comment></reject-proposal-v1></omobilities-update-request>");

        Assert.Equal(new OmobilityUpdateRequest(false, "om-1", "p-1", "No place left."), OmobilityUpdateRequest.From(document));
    }

    [Fact]
    public void From_OtherRoot_Throws() =>
        Assert.Throws<FormatException>(() => OmobilityUpdateRequest.From(XDocument.Parse("<omobilities-update-request/>")));
}
