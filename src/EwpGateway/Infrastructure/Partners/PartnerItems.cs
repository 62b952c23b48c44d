using System.Xml.Linq;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>What a partner's <c>get</c> answer held, checked against the API's schema item by item.</summary>
/// <param name="Valid">The schema-valid items, in document order (element as received, whitespace preserved).</param>
/// <param name="Rejected">The ids of invalid items (each named by its own id) that were recorded as payload issues and
/// must not be stored. An answer unusable as a whole is not a <see cref="PartnerItems"/>: the call fails.</param>
internal sealed record PartnerItems(IReadOnlyList<XElement> Valid, IReadOnlyList<string> Rejected);
