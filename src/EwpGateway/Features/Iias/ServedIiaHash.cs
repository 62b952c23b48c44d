using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>
/// The <c>iia-hash</c> of an agreement as we serve it: the agreement written by <see cref="IiaXmlWriter"/> as a
/// one-IIA get-response, hashed by <see cref="IiaHashCalculator"/>. A partner (or the validator) that hashes
/// the served element gets the same value, because the writer puts the same values in the same order.
/// </summary>
internal static class ServedIiaHash
{
    private const string Placeholder = "0000000000000000000000000000000000000000000000000000000000000000";

    public static async Task<IiaHashResult> ComputeAsync(Agreement agreement, string homeHeiId, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var writer = EwpXml.CreateWriter(buffer))
        {
            await IiaXmlWriter.WriteStartResponseAsync(writer);
            await IiaXmlWriter.WriteIiaAsync(writer, agreement, homeHeiId, Placeholder);
            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
            await writer.FlushAsync();
        }

        ct.ThrowIfCancellationRequested();
        buffer.Position = 0;
        return IiaHashCalculator.Compute(IiaHashCalculator.Parse(buffer))[0];
    }
}
