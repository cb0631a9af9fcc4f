namespace Bantin.Bench.Corpus;

/// <summary>
/// Derives independent seeds for <see cref="Random"/> from the corpus seed, so every article and every district
/// gets its own stream: the output is the same bytes whatever the order (or parallelism) of generation.
/// <c>new Random(int)</c> is deterministic for a given seed on every .NET version.
/// </summary>
public static class Seeds
{
    public static int Mix(int seed, int stream, int salt)
    {
        // SplitMix64 finaliser over the three inputs.
        var x = unchecked(((ulong)(uint)seed << 32) ^ (ulong)(uint)stream ^ ((ulong)(uint)salt * 0x9E3779B97F4A7C15UL));
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (int)(x & 0x7FFF_FFFF);
    }

    public static Random For(int seed, int stream, int salt) => new(Mix(seed, stream, salt));
}
