using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>Options of <see cref="EwpSigningHandler"/>: the client key that signs requests and how responses are verified.</summary>
public sealed class EwpSigningHandlerOptions
{
    /// <summary>Gets or sets the client's RSA private key (required).</summary>
    public RSA? PrivateKey { get; set; }

    /// <summary>Gets or sets the client key id. Default: the fingerprint of <see cref="PrivateKey"/>.</summary>
    public string? KeyId { get; set; }

    /// <summary>
    /// Gets or sets the resolver of partner server keys for response verification. Required when
    /// <see cref="RequireSignedResponses"/> is <see langword="true"/>; without it responses are not verified.
    /// </summary>
    public IServerKeyResolver? ServerKeyResolver { get; set; }

    /// <summary>Gets or sets how far a signed response date may be from now, either way. Default 5 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = EwpHttpSignatureDefaults.MinimumClockSkew;

    /// <summary>
    /// Gets or sets a value indicating whether an unsigned response is rejected. Default <see langword="true"/>.
    /// A response that carries a <c>Signature</c> header is verified either way.
    /// </summary>
    public bool RequireSignedResponses { get; set; } = true;

    /// <summary>
    /// Gets or sets the largest response body read, in bytes (1 to <see cref="Array.MaxLength"/>). Default 64 MiB. A larger
    /// success or signed answer is rejected (<see cref="HttpSignatureFailureReason.BodyTooLarge"/>) without reading the
    /// rest; a larger unsigned error answer is passed on cut to this size.
    /// </summary>
    public long MaxResponseBodySize { get; set; } = EwpHttpSignatureDefaults.MaxResponseBodySize;

    /// <summary>Gets or sets the clock for <c>Date</c> and the response window. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
