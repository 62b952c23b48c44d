namespace EwpGateway.HttpSignatures;

/// <summary>Options of the response signing middleware (srvauth-httpsig).</summary>
public sealed class EwpResponseSigningOptions
{
    /// <summary>
    /// Gets or sets how many bytes of a response are buffered in pooled memory before the buffer moves to a
    /// temporary file. Default 256 KiB: a get of the most ids a partner may ask at once (about 85 KiB for 10 IIAs) stays
    /// in memory, where writing it to a file and reading it back cost more than signing it.
    /// </summary>
    public int MemoryThreshold { get; set; } = 256 * 1024;

    /// <summary>
    /// Gets or sets the clock for the <c>Date</c> header. Default: the <see cref="TimeProvider"/> registered in the
    /// container, else <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }
}
