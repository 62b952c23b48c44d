namespace EwpGateway.Benchmarks.EndToEnd;

/// <summary>The signed IIAs <c>get</c> runs for one number of ids per request.</summary>
/// <param name="IdsPerRequest">iia_id parameters per request.</param>
/// <param name="Peak">The closed-loop run that found the peak.</param>
/// <param name="AtHalf">The open-loop run at 50% of the peak rate.</param>
/// <param name="AtNinety">The open-loop run at 90% of the peak rate.</param>
/// <param name="ResponseBytes">Size of one signed response body.</param>
internal sealed record EndToEndResult(int IdsPerRequest, LoadResult Peak, LoadResult AtHalf, LoadResult AtNinety, int ResponseBytes)
{
    /// <summary>
    /// The closed-loop peak of the <see cref="ReferenceServer"/> answering bodies of the same size, one signature each;
    /// null when it could not be measured.
    /// </summary>
    public LoadResult? Reference { get; init; }

    /// <summary>Peak requests per second per core the gateway used, over the RSA signatures per second per core.</summary>
    public double FractionOfSignLimit(double signsPerSecondPerCore) => Peak.ThroughputPerServerCore / signsPerSecondPerCore;
}
