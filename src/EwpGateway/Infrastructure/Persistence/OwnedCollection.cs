namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Replacing an owned collection of a tracked aggregate: the old rows are deleted, the new ones inserted.</summary>
internal static class OwnedCollection
{
    public static void Replace<T>(List<T> target, IEnumerable<T> source)
    {
        ArgumentNullException.ThrowIfNull(target);
        var copy = source.ToList();
        target.Clear();
        target.AddRange(copy);
    }
}
