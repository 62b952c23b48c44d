namespace EwpGateway.Features.Registry;

/// <summary>One <c>r:institutions/r:hei</c> of the catalogue.</summary>
/// <param name="HeiId">SCHAC id.</param>
/// <param name="OtherIds">The <c>other-id</c> values with their <c>type</c> (e.g. <c>erasmus</c>, <c>pic</c>).</param>
/// <param name="Names">The names with their <c>xml:lang</c> (null when absent).</param>
internal sealed record RegistryInstitution(
    string HeiId,
    IReadOnlyList<KeyValuePair<string, string>> OtherIds,
    IReadOnlyList<KeyValuePair<string?, string>> Names);
