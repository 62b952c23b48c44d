using System.Text;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// What <see cref="HostilePartner"/> answers to every call: a correctly signed 200 whose body is the attack, or a body
/// that is too large (announced by Content-Length, or streamed without one), or two Signature headers.
/// </summary>
/// <param name="Name">Shown in test names.</param>
/// <param name="Body">The body bytes (signed with a correct Digest).</param>
/// <param name="IssueKind">The payload issue the gateway must record for it.</param>
internal sealed record HostileAnswer(string Name, byte[] Body, string IssueKind)
{
    /// <summary>Announces this Content-Length (larger than the gateway reads) and sends only <see cref="Body"/>.</summary>
    public long? AnnouncedLength { get; init; }

    /// <summary>Streams this many filler bytes without Content-Length (chunked) after <see cref="Body"/>.</summary>
    public long StreamedBytes { get; init; }

    /// <summary>Sends a second, different Signature header.</summary>
    public bool TwoSignatures { get; init; }

    public static HostileAnswer Xml(string name, string xml, string issueKind = "malformed-xml") => new(name, Encoding.UTF8.GetBytes(xml), issueKind);

    public override string ToString() => Name;
}
