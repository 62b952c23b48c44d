namespace EwpGateway.Benchmarks.Transcripts;

/// <summary>A PDF-looking attachment of a given size: a PDF header, then incompressible bytes (as a scanned PDF is).</summary>
internal static class FakePdf
{
    public static byte[] Of(long bytes)
    {
        var pdf = new byte[bytes];
        new Random(7).NextBytes(pdf);
        "%PDF-1.7\n"u8.CopyTo(pdf);
        return pdf;
    }
}
