using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EwpGateway.IntegrationTests.Support;

/// <summary>Checks a response signature (srvauth-httpsig) independently of the gateway's code.</summary>
internal static partial class SignedResponse
{
    /// <summary>Returns null when the response is correctly signed by <paramref name="serverKey"/>, else why not.</summary>
    public static async Task<string?> ProblemAsync(
        HttpResponseMessage response, TestKey serverKey, string? expectedRequestId, string? expectedRequestSignature, CancellationToken ct)
    {
        if (!response.Headers.TryGetValues("Signature", out var values))
        {
            return "no Signature header";
        }

        var parameters = ParameterRegex().Matches(values.Single())
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        if (parameters.GetValueOrDefault("keyId") != serverKey.KeyId)
        {
            return $"keyId {parameters.GetValueOrDefault("keyId")} is not the gateway's server key";
        }

        if (parameters.GetValueOrDefault("algorithm") != "rsa-sha256")
        {
            return "algorithm is not rsa-sha256";
        }

        var names = parameters.GetValueOrDefault("headers", "date").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var required in new[] { "digest", "x-request-id", "x-request-signature" })
        {
            if ((required != "x-request-id" || expectedRequestId is not null)
                && (required != "x-request-signature" || expectedRequestSignature is not null)
                && !names.Contains(required))
            {
                return $"{required} is not signed";
            }
        }

        if (!names.Contains("date") && !names.Contains("original-date"))
        {
            return "neither date nor original-date is signed";
        }

        var lines = new List<string>();
        foreach (var name in names)
        {
            var value = Header(response, name);
            if (value is null)
            {
                return $"signed header {name} is missing";
            }

            lines.Add($"{name}: {value}");
        }

        var signature = Convert.FromBase64String(parameters.GetValueOrDefault("signature", ""));
        if (!serverKey.Rsa.VerifyData(Encoding.UTF8.GetBytes(string.Join('\n', lines)), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            return "signature does not verify";
        }

        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var digest = "SHA-256=" + Convert.ToBase64String(SHA256.HashData(body));
        var sentDigests = (Header(response, "digest") ?? "").Split(',', StringSplitOptions.TrimEntries);
        if (!sentDigests.Contains(digest))
        {
            return $"Digest {Header(response, "digest")} does not match the body ({digest})";
        }

        if (expectedRequestId is not null && Header(response, "x-request-id") != expectedRequestId)
        {
            return "X-Request-Id is not echoed";
        }

        if (expectedRequestSignature is not null && Header(response, "x-request-signature") != expectedRequestSignature)
        {
            return "X-Request-Signature does not echo the request's signature";
        }

        var date = Header(response, "date") ?? Header(response, "original-date");
        if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return $"Date '{date}' is not an RFC 1123 date";
        }

        return null;
    }

    private static string? Header(HttpResponseMessage response, string name)
    {
        if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
        {
            return string.Join(", ", values);
        }

        return null;
    }

    [GeneratedRegex("(?<name>[A-Za-z]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex ParameterRegex();
}
