using System.Xml;
using System.Xml.Linq;
using EwpGateway.Features.Iias;
using EwpGateway.Features.Nominations;
using EwpGateway.Features.Registry;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;
using Microsoft.Extensions.Logging.Abstractions;

namespace EwpGateway.UnitTests.Fuzzing;

/// <summary>
/// Fuzzes the gateway's readers of EWP XML with mutated valid documents (IIAs v7, Outgoing Mobilities v3 and the update
/// request, ToRs v2 with ELMO, IIAs Approval, the registry catalogue): the hardened parser refuses with
/// <see cref="XmlException"/> only; schema validation reports errors and never throws; a document the schema accepts is
/// read by its reader, which may refuse only with its documented <see cref="FormatException"/> (the catalogue parser with
/// <see cref="InvalidDataException"/>); the ELMO signature check always answers a status.
/// </summary>
public sealed class XmlReaderFuzzTests
{
    /// <summary>Per root element: the schema the gateway validates it with, and the reader it then runs on it.</summary>
    private static readonly Dictionary<XName, (string Xsd, Action<XDocument> Read)> Readers = new()
    {
        [XName.Get("iias-get-response", EwpNamespaces.IiasGetResponse)] = (PartnerIiaSource.V7GetXsd, d =>
        {
            _ = IiaXmlReader.Read(d);
            _ = IiaHashCalculator.Compute(d);
        }),
        [XName.Get("iias-index-response", EwpNamespaces.IiasIndexResponse)] = (PartnerIiaSource.V7IndexXsd, _ => { }),
        [XName.Get("omobilities-get-response", EwpNamespaces.OmobilitiesGetResponse)] = (PartnerOmobilitySource.GetXsd, d => _ = OmobilityXmlReader.Read(d, FuzzSamples.Home)),
        [XName.Get("omobilities-index-response", EwpNamespaces.OmobilitiesIndexResponse)] = (PartnerOmobilitySource.IndexXsd, _ => { }),
        [XName.Get("omobilities-update-request", EwpNamespaces.OmobilitiesUpdateRequest)] = (OmobilityUpdateEndpoint.RequestXsd, d => _ = OmobilityUpdateRequest.From(d)),
        [XName.Get("imobility-tors-get-response", EwpNamespaces.ImobilityTorsGetResponse)] = (PartnerTorSource.GetXsd, d => _ = TorXmlReader.Read(d, FuzzSamples.Home)),
        [XName.Get("iias-approval-response", "https://github.com/erasmus-without-paper/ewp-specs-api-iias-approval/tree/stable-v2")] = (PartnerIiaApprovalSource.ResponseXsd, _ => { }),
        [XName.Get("catalogue", EwpNamespaces.Registry)] = (RegistryCatalogueStore.CatalogueXsd, d =>
            _ = new RegistryCatalogueParser(NullLogger<RegistryCatalogueParser>.Instance).Parse(d, DateTimeOffset.UnixEpoch)),
    };

    [Fact]
    public Task HardenedXml_MutatedEwpDocuments_RefusedOrReadAsDocumented() =>
        FuzzRunner.RunAsync("ewp-xml", FuzzSamples.Documents, FuzzSamples.XmlTokens, 512 * 1024, async (input, ct) =>
        {
            XDocument document;
            try
            {
                document = await HardenedXml.LoadAsync(new MemoryStream(input), ct);
            }
            catch (XmlException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                return;
            }

            if (document.Root is not { } root || !Readers.TryGetValue(root.Name, out var reader))
            {
                return;
            }

            // The streaming check partners' answers and the update request go through must agree the document is valid.
            var streamed = EwpSchemas.Default.Validate(new MemoryStream(input), reader.Xsd);
            if (EwpSchemas.Default.Validate(document, reader.Xsd).Count > 0 || streamed.Count > 0)
            {
                return;
            }

            try
            {
                reader.Read(document);
            }
            catch (Exception ex) when (ex is FormatException || (ex is InvalidDataException && root.Name.LocalName == "catalogue"))
            {
                // Documented refusal of a value the model cannot hold.
            }
        });

    [Fact]
    public Task ElmoSignatureVerifier_MutatedSignedElmo_AlwaysAStatus() =>
        FuzzRunner.RunAsync("elmo-signature", FuzzSamples.SignedElmo, FuzzSamples.XmlTokens, 256 * 1024, (input, _) =>
        {
            var (status, detail) = ElmoSignatureVerifier.Verify(input);
            Assert.True(Enum.IsDefined(status));
            Assert.False(string.IsNullOrWhiteSpace(detail));
            return Task.CompletedTask;
        });
}
