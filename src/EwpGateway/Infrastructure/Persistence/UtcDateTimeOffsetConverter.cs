using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Writes instants with a zero offset (PostgreSQL <c>timestamptz</c> requires it).</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
