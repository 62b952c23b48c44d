using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// Builds the draft-cavage signing string: one <c>name: value</c> line per listed header, in the listed order,
/// joined by <c>\n</c> without a trailing newline. <c>(request-target)</c> becomes
/// <c>(request-target): &lt;lower-case method&gt; &lt;path&gt;[?query]</c>.
/// </summary>
public static class SigningString
{
    /// <summary>The pseudo header for the method and path.</summary>
    public const string RequestTarget = "(request-target)";

    /// <summary>Builds the signing string.</summary>
    /// <param name="headerNames">The header names to cover, in order (compared lower-cased).</param>
    /// <param name="getHeader">
    /// Returns the value of a header by lower-case name, with repeated headers already joined by <c>", "</c>,
    /// or <see langword="null"/> when the message does not carry it.
    /// </param>
    /// <param name="method">The request method, or <see langword="null"/> for a response.</param>
    /// <param name="requestTarget">The request path and query as sent, or <see langword="null"/> for a response.</param>
    /// <param name="signingString">The signing string.</param>
    /// <param name="missingHeader">The first listed header the message does not carry.</param>
    /// <returns><see langword="false"/> when a listed header is missing.</returns>
    public static bool TryBuild(
        IReadOnlyList<string> headerNames,
        Func<string, string?> getHeader,
        string? method,
        string? requestTarget,
        [NotNullWhen(true)] out string? signingString,
        [NotNullWhen(false)] out string? missingHeader)
    {
        ArgumentNullException.ThrowIfNull(headerNames);
        ArgumentNullException.ThrowIfNull(getHeader);
        var builder = new StringBuilder();
        foreach (var header in headerNames)
        {
            var name = header.ToLowerInvariant();
            string? value;
            if (name == RequestTarget)
            {
                value = method is null || requestTarget is null
                    ? null
                    : method.ToLowerInvariant() + " " + requestTarget;
            }
            else
            {
                value = getHeader(name);
            }

            if (value is null)
            {
                signingString = null;
                missingHeader = name;
                return false;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(name).Append(": ").Append(value.Trim());
        }

        signingString = builder.ToString();
        missingHeader = null;
        return true;
    }
}
