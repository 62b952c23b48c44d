using System.ComponentModel.DataAnnotations;

namespace EwpGateway.Infrastructure.Keys;

/// <summary>The gateway's own RSA private keys (section <c>Ewp:Keys</c>).</summary>
internal sealed class KeyOptions
{
    public const string SectionName = "Ewp:Keys";

    /// <summary>
    /// PEM file with the RSA private key that signs our requests to partners (cliauth-httpsig). Relative
    /// paths are resolved against the content root. Default: <c>certs-sample/client-key.pem</c> in Development only.
    /// </summary>
    [Required(ErrorMessage = "Ewp:Keys:ClientKeyPath is required: the PEM RSA private key that signs requests to partners.")]
    public string ClientKeyPath { get; set; } = "";

    /// <summary>
    /// PEM file with the RSA private key that signs our responses (srvauth-httpsig). Relative paths are
    /// resolved against the content root. Default: <c>certs-sample/server-key.pem</c> in Development only.
    /// </summary>
    [Required(ErrorMessage = "Ewp:Keys:ServerKeyPath is required: the PEM RSA private key that signs responses.")]
    public string ServerKeyPath { get; set; } = "";

    /// <summary>
    /// PEM file with the RSA key (public or private) that will replace the client key: published in the manifest next to
    /// the current one, not used to sign, so that the registry and the partners know it before the switch. Default: none.
    /// </summary>
    public string? NextClientKeyPath { get; set; }

    /// <summary>
    /// PEM file with the RSA key (public or private) that will replace the server key, published next to the current one
    /// (see <see cref="NextClientKeyPath"/>). Default: none.
    /// </summary>
    public string? NextServerKeyPath { get; set; }
}
