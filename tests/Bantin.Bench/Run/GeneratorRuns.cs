namespace Bantin.Bench.Run;

/// <summary>The runs of one generator on one site, summarised by medians.</summary>
public sealed record GeneratorRuns(string Generator, IReadOnlyList<Measurement> Runs)
{
    public int Pages => Runs.Count == 0 ? 0 : Runs[^1].Pages;
    public double Wall => Stats.Median(Runs.Select(r => r.WallSeconds));
    public double Cpu => Stats.Median(Runs.Select(r => r.CpuSeconds));
    public double RssMiB => Stats.Median(Runs.Select(r => r.PeakRssMiB));
    public double PagesPerSecond => Stats.Median(Runs.Select(r => r.PagesPerSecond));
}
