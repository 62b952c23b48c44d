using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// The draft-cavage parameter list carried by <c>Authorization: Signature ...</c> (requests) and
/// <c>Signature: ...</c> (responses): <c>keyId="..",algorithm="..",headers="..",signature=".."</c>.
/// </summary>
/// <param name="KeyId">The <c>keyId</c> parameter.</param>
/// <param name="Algorithm">The <c>algorithm</c> parameter, or <see langword="null"/> when absent.</param>
/// <param name="Headers">The lower-cased names of the <c>headers</c> parameter, in order (draft default: <c>date</c>).</param>
/// <param name="Signature">The base64 <c>signature</c> parameter as sent.</param>
public sealed record SignatureParameters(string KeyId, string? Algorithm, IReadOnlyList<string> Headers, string Signature)
{
    /// <summary>The authentication scheme token of <c>Authorization: Signature ...</c>.</summary>
    public const string AuthorizationScheme = "Signature";

    /// <summary>
    /// Extracts the parameter list of an <c>Authorization</c> header that uses the <c>Signature</c> scheme.
    /// </summary>
    /// <param name="authorization">The <c>Authorization</c> header value, or <see langword="null"/>.</param>
    /// <param name="parameterList">The text after <c>Signature </c>.</param>
    /// <returns><see langword="false"/> when the header is absent or uses another scheme.</returns>
    public static bool TryGetFromAuthorization(string? authorization, [NotNullWhen(true)] out string? parameterList)
    {
        parameterList = null;
        if (authorization is null)
        {
            return false;
        }

        var value = authorization.AsSpan().TrimStart();
        if (value.Length <= AuthorizationScheme.Length
            || !value.StartsWith(AuthorizationScheme, StringComparison.OrdinalIgnoreCase)
            || value[AuthorizationScheme.Length] != ' ')
        {
            return false;
        }

        parameterList = value[(AuthorizationScheme.Length + 1)..].Trim().ToString();
        return true;
    }

    /// <summary>
    /// Parses a parameter list. Malformed input is reported through <paramref name="error"/>, never by throwing.
    /// Unknown parameters are ignored; a repeated parameter, an unquoted value or a missing <c>keyId</c>,
    /// <c>signature</c> is malformed.
    /// </summary>
    /// <param name="parameterList">The text such as <c>keyId="..",algorithm="rsa-sha256",headers="..",signature=".."</c>.</param>
    /// <param name="parameters">The parsed parameters.</param>
    /// <param name="error">An English description of what is malformed.</param>
    /// <returns><see langword="true"/> when the list is well formed.</returns>
    public static bool TryParse(
        string? parameterList,
        [NotNullWhen(true)] out SignatureParameters? parameters,
        [NotNullWhen(false)] out string? error)
    {
        parameters = null;
        if (string.IsNullOrWhiteSpace(parameterList))
        {
            error = "The signature parameter list is empty.";
            return false;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = parameterList.AsSpan();
        var pos = 0;
        while (true)
        {
            while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\t'))
            {
                pos++;
            }

            var eq = text[pos..].IndexOf('=');
            if (eq <= 0)
            {
                error = $"Expected name=\"value\" at position {pos} of the signature parameters.";
                return false;
            }

            var name = text.Slice(pos, eq).Trim().ToString();
            pos += eq + 1;
            if (pos >= text.Length || text[pos] != '"')
            {
                error = $"The value of signature parameter '{name}' is not a quoted string.";
                return false;
            }

            pos++;
            var value = new StringBuilder();
            var closed = false;
            while (pos < text.Length)
            {
                var c = text[pos++];
                if (c == '\\' && pos < text.Length)
                {
                    value.Append(text[pos++]);
                }
                else if (c == '"')
                {
                    closed = true;
                    break;
                }
                else
                {
                    value.Append(c);
                }
            }

            if (!closed)
            {
                error = $"The value of signature parameter '{name}' has no closing quote.";
                return false;
            }

            if (!values.TryAdd(name, value.ToString()))
            {
                error = $"The signature parameter '{name}' appears more than once.";
                return false;
            }

            while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\t'))
            {
                pos++;
            }

            if (pos == text.Length)
            {
                break;
            }

            if (text[pos] != ',')
            {
                error = $"Expected ',' after signature parameter '{name}'.";
                return false;
            }

            pos++;
        }

        if (!values.TryGetValue("keyId", out var keyId) || keyId.Length == 0)
        {
            error = "The signature parameters have no keyId.";
            return false;
        }

        if (!values.TryGetValue("signature", out var signature) || signature.Length == 0)
        {
            error = "The signature parameters have no signature.";
            return false;
        }

        values.TryGetValue("algorithm", out var algorithm);
        var headers = values.TryGetValue("headers", out var headerList)
            ? headerList.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : ["date"];
        if (headers.Length == 0)
        {
            error = "The headers signature parameter lists no header.";
            return false;
        }

        parameters = new SignatureParameters(keyId, algorithm, headers, signature);
        error = null;
        return true;
    }

    /// <summary>Formats the parameters as <c>keyId="..",algorithm="..",headers="..",signature=".."</c>.</summary>
    /// <returns>The parameter list, without the <c>Signature </c> scheme prefix.</returns>
    public string Format()
    {
        var algorithm = Algorithm is null ? string.Empty : $"algorithm=\"{Algorithm}\",";
        return $"keyId=\"{KeyId}\",{algorithm}headers=\"{string.Join(' ', Headers)}\",signature=\"{Signature}\"";
    }
}
