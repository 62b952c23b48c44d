using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>Fails a write AFTER its rows were sent to the database, before the commit: nothing may remain.</summary>
internal sealed class FailAfterSaveInterceptor : SaveChangesInterceptor
{
    public bool Armed { get; set; }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        Armed ? throw new IOException("Simulated crash after the rows were written.") : ValueTask.FromResult(result);
}
