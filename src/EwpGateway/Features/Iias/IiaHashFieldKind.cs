namespace EwpGateway.Features.Iias;

/// <summary>How an <see cref="IiaHashField"/> is written into the text-to-hash.</summary>
internal enum IiaHashFieldKind
{
    Value,
    Attribute,
    Marker,
}
