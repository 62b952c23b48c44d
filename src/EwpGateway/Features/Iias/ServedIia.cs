using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Iias;

/// <summary>
/// One of our agreements as the IIAs <c>get</c> serves it: the stored agreement, its served <c>iia-hash</c>, and the
/// <c>iia</c> element as served (UTF-8, namespaces declared on it; empty when the agreement is not served).
/// </summary>
internal sealed record ServedIia(Agreement Agreement, string Hash, ReadOnlyMemory<byte> Xml);
