using EwpGateway.Benchmarks.Hosting;

namespace EwpGateway.Benchmarks.Transcripts;

/// <summary>One transcript moved through the gateway: served to a partner, or ingested from one.</summary>
/// <param name="Direction"><c>served</c> or <c>ingested</c>.</param>
/// <param name="PdfBytes">Size of the PDF attachment.</param>
/// <param name="XmlBytes">Size of the ToRs get response that carried it (base64 makes it about 4/3 of the PDF).</param>
/// <param name="Duration">Time of the request (served) or of the reconciliation that stored it (ingested).</param>
/// <param name="Memory">The gateway's memory meanwhile.</param>
internal sealed record TranscriptResult(string Direction, long PdfBytes, long XmlBytes, TimeSpan Duration, MemoryFigures Memory)
{
    /// <summary>Peak resident memory added, per byte of payload (the get response).</summary>
    public double IncreasePerPayloadByte => XmlBytes > 0 ? (double)Memory.IncreaseBytes / XmlBytes : double.NaN;
}
