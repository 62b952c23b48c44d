using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EwpGateway.Infrastructure.Authentication;

/// <summary>
/// Reads the client certificate a TLS-terminating proxy forwards in a header: base64 DER (as ASP.NET Core's
/// forwarding expects), PEM, or URL-encoded PEM (nginx <c>$ssl_client_escaped_cert</c>).
/// </summary>
internal static class ForwardedCertificateParser
{
    /// <summary>Parses the header value; returns <see langword="null"/> for anything that is not a certificate.</summary>
    public static X509Certificate2? Parse(string headerValue)
    {
        var value = headerValue.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (value.Contains('%', StringComparison.Ordinal))
        {
            value = Uri.UnescapeDataString(value);
        }

        try
        {
            if (value.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                return X509Certificate2.CreateFromPem(value);
            }

            var der = Convert.FromBase64String(value);
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException or ArgumentException)
        {
            return null;
        }
    }
}
