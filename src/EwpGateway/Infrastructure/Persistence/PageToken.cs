using System.Text;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Opaque page tokens: the last id of the previous page, base64url-encoded.</summary>
internal static class PageToken
{
    public const int MaxPageSize = 1000;

    public static string Encode(string lastId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(lastId)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <returns>The last id, or null for the first page.</returns>
    /// <exception cref="ArgumentException">The token is not one of ours.</exception>
    public static string? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - (base64.Length % 4)) % 4);
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("The page token is not valid.", nameof(token), ex);
        }
    }

    /// <summary>Turns a query result of up to <paramref name="size"/> + 1 items into a page.</summary>
    public static Page<T> PageOf<T>(List<T> items, int size)
        where T : Model.AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count > size
            ? new Page<T>(items[..size], Encode(items[size - 1].Id))
            : new Page<T>(items, null);
    }

    public static int ClampPageSize(int pageSize) => pageSize <= 0 ? 100 : Math.Min(pageSize, MaxPageSize);
}
