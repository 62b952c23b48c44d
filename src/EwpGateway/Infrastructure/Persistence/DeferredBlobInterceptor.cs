using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Leaves a large blob column out of a query tagged with <see cref="Tag"/> (EF's <c>TagWith</c>): in the command that
/// reads the tagged table the column's value is replaced by an empty blob, so that EF materialises the rows without
/// megabytes each and the caller streams the content itself (<see cref="BlobColumnReader"/>). EF cannot leave a
/// property of an owned type out of a query otherwise.
/// </summary>
internal sealed partial class DeferredBlobInterceptor : DbCommandInterceptor
{
    public static readonly DeferredBlobInterceptor Instance = new();

    private const string Prefix = "defer-blob:";

    private DeferredBlobInterceptor()
    {
    }

    /// <summary>The tag that defers <paramref name="column"/> of <paramref name="table"/>.</summary>
    public static string Tag(string table, string column) => $"{Prefix}{table}.{column}";

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Rewrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command);
        return ValueTask.FromResult(result);
    }

    private static void Rewrite(DbCommand command)
    {
        var text = command.CommandText;
        if (!text.StartsWith("-- " + Prefix, StringComparison.Ordinal))
        {
            return;
        }

        var tag = text[(3 + Prefix.Length)..text.IndexOf('\n', StringComparison.Ordinal)].Trim().Split('.');
        if (tag.Length != 2 || Alias(tag[0]).Match(text) is not { Success: true } alias)
        {
            return;
        }

        // SQLite's SQL quotes the alias ("t0"), PostgreSQL's does not (t0).
        var empty = command is SqliteCommand ? "X''" : "'\\x'::bytea";
        var name = alias.Groups[1].Value;
        command.CommandText = text
            .Replace($"\"{name}\".\"{tag[1]}\"", empty, StringComparison.Ordinal)
            .Replace($" {name}.\"{tag[1]}\"", " " + empty, StringComparison.Ordinal);
    }

    private static Regex Alias(string table) => new($"\"{Regex.Escape(table)}\" AS \"?(\\w+)\"?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
