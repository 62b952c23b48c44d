namespace EwpGateway.Features.Sync;

/// <summary>Turns a failure into the one-line text kept on inbox rows and sync states.</summary>
internal static class SyncErrors
{
    /// <summary>The exception's type and message, followed by its innermost cause's (Refit wraps the real cause).</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var root = exception;
        while (root.InnerException is { } inner)
        {
            root = inner;
        }

        var text = ReferenceEquals(root, exception)
            ? $"{exception.GetType().Name}: {exception.Message}"
            : $"{exception.GetType().Name}: {exception.Message} ({root.GetType().Name}: {root.Message})";
        return text.Length > 2000 ? text[..2000] : text;
    }
}
