using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Iias;

/// <summary>One of our agreements as the IIAs <c>get</c> serves it: the stored agreement and its served <c>iia-hash</c>.</summary>
internal sealed record ServedIia(Agreement Agreement, string Hash);
