namespace Bantin.Bench.Run;

/// <summary>
/// One run of a child process: wall time, user+system CPU time and peak resident set size (from GNU time, or
/// <see cref="Approximate"/> when polled from /proc), and the index.html pages it wrote.
/// </summary>
public sealed record Measurement(double WallSeconds, double CpuSeconds, long PeakRssKiB, int ExitCode, string OutputTail, bool Approximate)
{
    public int Pages { get; init; }

    public double PeakRssMiB => PeakRssKiB / 1024.0;

    public double PagesPerSecond => WallSeconds > 0 ? Pages / WallSeconds : 0;
}
