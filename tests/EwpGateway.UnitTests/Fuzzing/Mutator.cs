namespace EwpGateway.UnitTests.Fuzzing;

/// <summary>
/// Deterministic mutations of valid samples, as byte strings: bit flips, interesting bytes, deletions, insertions of
/// random bytes or of format tokens (the dictionary), truncation, splicing two samples, and huge repeats of a slice.
/// The same random source gives the same input.
/// </summary>
internal sealed class Mutator(Random random, IReadOnlyList<byte[]> samples, IReadOnlyList<byte[]> dictionary, int maxLength)
{
    private static readonly byte[] Interesting = [0x00, 0x01, 0x09, 0x0a, 0x0d, 0x1b, 0x20, 0x22, 0x25, 0x26, 0x27, 0x2b, 0x2c, 0x3b, 0x3c, 0x3d, 0x3e, 0x5c, 0x7f, 0x80, 0xbf, 0xc0, 0xed, 0xef, 0xf8, 0xfe, 0xff];

    /// <summary>A sample changed by one to four stacked mutations.</summary>
    public byte[] Next()
    {
        var data = new List<byte>(samples[random.Next(samples.Count)]);
        var steps = 1 + random.Next(4);
        for (var i = 0; i < steps; i++)
        {
            Mutate(data);
        }

        return [.. data.Count > maxLength ? data.GetRange(0, maxLength) : data];
    }

    private void Mutate(List<byte> data)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
        switch (random.Next(10))
        {
            case 0 when data.Count > 0:
                var bit = random.Next(data.Count);
                data[bit] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[random.Next(data.Count)] = Interesting[random.Next(Interesting.Length)];
                break;
            case 2 when data.Count > 0:
                var start = random.Next(data.Count);
                data.RemoveRange(start, random.Next(Math.Min(64, data.Count - start) + 1));
                break;
            case 3:
                var bytes = new byte[1 + random.Next(16)];
                random.NextBytes(bytes);
                data.InsertRange(at, bytes);
                break;
            case 4 or 5 when dictionary.Count > 0:
                data.InsertRange(at, dictionary[random.Next(dictionary.Count)]);
                break;
            case 6 when data.Count > 0:
                var cut = random.Next(data.Count);
                data.RemoveRange(cut, data.Count - cut);
                break;
            case 7:
                var other = samples[random.Next(samples.Count)];
                var from = random.Next(other.Length + 1);
                data.RemoveRange(at, data.Count - at);
                data.AddRange(other.AsSpan(from).ToArray());
                break;
            case 8 when data.Count > 0:
                Repeat(data, at);
                break;
            default:
                data.Insert(at, Interesting[random.Next(Interesting.Length)]);
                break;
        }
    }

    /// <summary>Repeats a short slice (or a dictionary token) many times at one place: the "huge repeats".</summary>
    private void Repeat(List<byte> data, int at)
    {
        var start = random.Next(data.Count);
        var slice = random.Next(3) == 0 && dictionary.Count > 0
            ? dictionary[random.Next(dictionary.Count)]
            : data.GetRange(start, Math.Min(1 + random.Next(16), data.Count - start)).ToArray();
        var times = random.Next(4) == 0 ? 1 + random.Next(20_000) : 2 + random.Next(100);
        times = Math.Max(1, Math.Min(times, (maxLength - data.Count) / Math.Max(1, slice.Length)));
        var repeated = new byte[slice.Length * times];
        for (var i = 0; i < times; i++)
        {
            slice.CopyTo(repeated, i * slice.Length);
        }

        data.InsertRange(Math.Min(at, data.Count), repeated);
    }
}
