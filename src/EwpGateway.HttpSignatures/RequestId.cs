namespace EwpGateway.HttpSignatures;

/// <summary>
/// The <c>X-Request-Id</c> rules of cliauth-httpsig: a fresh UUID written in canonical lower-case
/// 8-4-4-4-12 form.
/// </summary>
public static class RequestId
{
    /// <summary>Creates a fresh random (version 4) request id in canonical form.</summary>
    /// <returns>A lower-case UUID such as <c>0f4b1c2e-8d1a-4a5b-9c3d-2e1f0a9b8c7d</c>.</returns>
    public static string New() => Guid.NewGuid().ToString("D");

    /// <summary>Tells whether <paramref name="value"/> is a UUID in canonical lower-case 8-4-4-4-12 form.</summary>
    /// <param name="value">The header value.</param>
    /// <returns><see langword="true"/> only for 36 characters: lower-case hex digits and dashes at 8, 13, 18 and 23.</returns>
    public static bool IsCanonical(string? value)
    {
        if (value is null || value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = i is 8 or 13 or 18 or 23 ? c == '-' : char.IsAsciiDigit(c) || char.IsAsciiHexDigitLower(c);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
