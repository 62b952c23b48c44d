namespace EwpGateway.Features.Iias;

/// <summary>One item of the text-to-hash: <c>_key=value_</c>, an attribute <c>_@key=value@_</c>, or the terminated marker.</summary>
/// <param name="Key">The written name, e.g. <c>iia-id_1</c> or <c>cooperation-conditions.student-studies-mobility-spec.sending-hei-id</c>.</param>
/// <param name="Value">The value as written (verbatim); empty for the marker.</param>
/// <param name="Kind">How the item is written.</param>
internal sealed record IiaHashField(string Key, string Value, IiaHashFieldKind Kind = IiaHashFieldKind.Value)
{
    /// <summary>The item as it appears in the text-to-hash.</summary>
    public string Render() => Kind switch
    {
        IiaHashFieldKind.Marker => $"_@{Key}@_",
        IiaHashFieldKind.Attribute => $"_@{Key}={Value}@_",
        _ => $"_{Key}={Value}_",
    };
}
