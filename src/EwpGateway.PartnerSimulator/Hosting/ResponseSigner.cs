using System.Globalization;
using System.Security.Cryptography;
using EwpGateway.HttpSignatures;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>
/// Signs a response the way the gateway's response-signing middleware does (srvauth-httpsig): <c>Date</c>,
/// <c>Digest</c>, the echoed <c>X-Request-Id</c> and <c>X-Request-Signature</c>, then <c>Signature</c> over
/// <c>date digest [x-request-id] [x-request-signature]</c>. The signature faults bend exactly one of these.
/// </summary>
internal static class ResponseSigner
{
    public static bool IsRequested(SimRequest request)
    {
        var accept = request.Header("Accept-Signature") ?? "";
        return accept.Split(',').Any(a => a.Trim().Equals(RsaSha256.AlgorithmName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The headers to add; <c>Date</c> is among them and must reach the wire as is.</summary>
    public static Dictionary<string, string> Sign(
        SimRequest request, byte[] body, RSA key, DateTimeOffset now, IReadOnlyList<SimFault> faults)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var skew = faults.FirstOrDefault(f => f.Kind == SimFaultKind.SkewedDate);
        var date = skew is null ? now : now + (skew.Delay == TimeSpan.Zero ? TimeSpan.FromMinutes(10) : skew.Delay);
        headers["Date"] = date.ToString("r", CultureInfo.InvariantCulture);
        headers[DigestHeader.HeaderName] = Has(faults, SimFaultKind.WrongDigest)
            ? DigestHeader.Compute([.. body, (byte)' '])
            : DigestHeader.Compute(body);
        List<string> signed = ["date", "digest"];

        if (request.Header("X-Request-Id") is { Length: > 0 } requestId)
        {
            headers["X-Request-Id"] = requestId;
            signed.Add("x-request-id");
        }

        if (SignatureParameters.TryGetFromAuthorization(request.Header("Authorization"), out var list)
            && SignatureParameters.TryParse(list, out var requestSignature, out _))
        {
            headers["X-Request-Signature"] = requestSignature.Signature;
            signed.Add("x-request-signature");
        }

        if (Has(faults, SimFaultKind.MissingSignature))
        {
            return headers;
        }

        var signer = new HttpRequestSigner(key, null, TimeProvider.System);
        var parameters = signer.Sign(null, null, signed, name => headers.GetValueOrDefault(name));
        if (Has(faults, SimFaultKind.WrongSignature))
        {
            parameters = parameters with { Signature = RsaSha256.Sign(key, "not the signing string of this response") };
        }

        headers["Signature"] = parameters.Format();
        return headers;
    }

    private static bool Has(IReadOnlyList<SimFault> faults, SimFaultKind kind) => faults.Any(f => f.Kind == kind);
}
