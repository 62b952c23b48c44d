namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>The communication log: every EWP exchange in both directions; section <c>Ewp:ExchangeLog</c>.</summary>
internal sealed class ExchangeLogOptions
{
    public const string SectionName = "Ewp:ExchangeLog";

    /// <summary>Whether exchanges are recorded at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether request and response bodies are kept (compressed) besides the metadata. Default true.</summary>
    public bool KeepBodies { get; set; } = true;

    /// <summary>How long bodies are kept; the metadata stays longer. Default <c>7.00:00:00</c>.</summary>
    public TimeSpan BodyRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long exchange metadata is kept. Default <c>90.00:00:00</c>.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The most bytes of one body captured before compression; longer bodies are cut. Default 1048576 (1 MiB).</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Exchanges waiting to be written; when the database falls behind, further ones are counted as dropped rather than
    /// slowing EWP traffic. Default 10000.
    /// </summary>
    public int QueueCapacity { get; set; } = 10_000;
}
