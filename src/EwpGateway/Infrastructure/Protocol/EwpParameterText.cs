using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Unicode;
using System.Xml;

namespace EwpGateway.Infrastructure.Protocol;

/// <summary>
/// Checks on the text of EWP parameters that ASP.NET Core does not make: it decodes invalid UTF-8 to U+FFFD without
/// saying so, and lets through characters that XML 1.0 cannot carry (U+0000 breaks PostgreSQL text, U+0001 breaks
/// every XML answer that would quote the value).
/// </summary>
internal static class EwpParameterText
{
    /// <summary>
    /// Tells whether percent-decoding <paramref name="urlEncoded"/> (a query string or an
    /// <c>application/x-www-form-urlencoded</c> body) gives valid UTF-8. A <c>%</c> not followed by two hex digits is
    /// kept as it is, as the form reader does.
    /// </summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> urlEncoded) =>
        urlEncoded.IsEmpty || Utf8.IsValid(WebUtility.UrlDecodeToBytes(urlEncoded.ToArray(), 0, urlEncoded.Length));

    /// <inheritdoc cref="IsValidUtf8(ReadOnlySpan{byte})"/>
    public static bool IsValidUtf8(string? urlEncoded)
    {
        if (string.IsNullOrEmpty(urlEncoded))
        {
            return true;
        }

        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(urlEncoded.Length));
        try
        {
            var written = Encoding.UTF8.GetBytes(urlEncoded, bytes);
            return IsValidUtf8(bytes.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The first character of <paramref name="value"/> that XML 1.0 cannot carry (e.g. <c>U+0001</c>), or null.</summary>
    public static string? FirstNonXmlCharacter(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var i = NextNonXmlCharacter(value, 0);
        return i < 0 ? null : string.Create(CultureInfo.InvariantCulture, $"U+{(int)value[i]:X4}");
    }

    /// <summary>
    /// The first parameter of a form body (valid UTF-8) whose name or value holds a character XML 1.0 cannot carry, with
    /// that character, or null.
    /// </summary>
    public static (string Name, string Character)? FirstNonXmlParameter(ReadOnlySpan<byte> urlEncoded)
    {
        foreach (var pair in Encoding.UTF8.GetString(urlEncoded).Split('&'))
        {
            var decoded = Uri.UnescapeDataString(pair.Replace('+', ' '));
            if (FirstNonXmlCharacter(decoded) is { } character)
            {
                var equals = decoded.IndexOf('=', StringComparison.Ordinal);
                return (equals < 0 ? decoded : decoded[..equals], character);
            }
        }

        return null;
    }

    /// <summary><paramref name="value"/> with every character XML 1.0 cannot carry written as <c>\uXXXX</c>, for messages.</summary>
    public static string XmlSafe(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bad = NextNonXmlCharacter(value, 0);
        if (bad < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16).Append(value, 0, bad);
        while (bad >= 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)value[bad]:X4}");
            var next = NextNonXmlCharacter(value, bad + 1);
            builder.Append(value, bad + 1, (next < 0 ? value.Length : next) - bad - 1);
            bad = next;
        }

        return builder.ToString();
    }

    /// <summary>The index of the first character from <paramref name="start"/> that XML 1.0 cannot carry, or -1.</summary>
    private static int NextNonXmlCharacter(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], c))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
