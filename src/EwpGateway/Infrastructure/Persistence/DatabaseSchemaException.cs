namespace EwpGateway.Infrastructure.Persistence;

/// <summary>The database's schema is not one this build can use (it was migrated by a build this one does not know).</summary>
internal sealed class DatabaseSchemaException(string message) : InvalidOperationException(message);
