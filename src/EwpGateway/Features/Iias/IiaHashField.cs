using System.Text;

namespace EwpGateway.Features.Iias;

/// <summary>One item of the text-to-hash: <c>_key=value_</c>, an attribute <c>_@key=value@_</c>, or the terminated marker.</summary>
/// <param name="Key">The written name, e.g. <c>iia-id_1</c> or <c>cooperation-conditions.student-studies-mobility-spec.sending-hei-id</c>.</param>
/// <param name="Value">The value as written (verbatim); empty for the marker.</param>
/// <param name="Kind">How the item is written.</param>
internal sealed record IiaHashField(string Key, string Value, IiaHashFieldKind Kind = IiaHashFieldKind.Value)
{
    /// <summary>Appends the item as it appears in the text-to-hash (no string of its own).</summary>
    private StringBuilder AppendTo(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Kind switch
        {
            IiaHashFieldKind.Marker => text.Append("_@").Append(Key).Append("@_"),
            IiaHashFieldKind.Attribute => text.Append("_@").Append(Key).Append('=').Append(Value).Append("@_"),
            _ => text.Append('_').Append(Key).Append('=').Append(Value).Append('_'),
        };
    }

    /// <summary>The text-to-hash of <paramref name="fields"/>: each item in turn.</summary>
    public static string Text(IEnumerable<IiaHashField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder(1024);
        foreach (var field in fields)
        {
            field.AppendTo(text);
        }

        return text.ToString();
    }
}
