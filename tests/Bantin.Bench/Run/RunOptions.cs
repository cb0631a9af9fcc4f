namespace Bantin.Bench.Run;

/// <summary>
/// The <c>run</c> command. <see cref="BantinPath"/> null: publish generator/ in Release first.
/// <see cref="Smoke"/>: 20 articles, one run, no Hugo, and the report goes under bench/out/ unless --out is given.
/// <see cref="RunsIn"/>: the folder the builds write their outputs in (null: bench/out/runs), e.g. a tmpfs to measure
/// the generators without the disk's file system.
/// </summary>
public sealed record RunOptions(
    IReadOnlyList<int> Sizes,
    int Runs,
    int Seed,
    string? BantinPath,
    string Hugo,
    string? OutPath,
    bool Smoke,
    IReadOnlyList<string> Shapes,
    string? RunsIn = null)
{
    /// <summary>Both corpus shapes: districts only (scaling with the article count), and every unit every month.</summary>
    public static readonly IReadOnlyList<string> DefaultShapes = ["districts", "all-units-monthly"];

    public static readonly IReadOnlyList<int> DefaultSizes = [1000, 10000];
    public const int DefaultRuns = 3;
    public const int DefaultSeed = 20240501;
    public const int SmokeSize = 20;

    /// <summary>The command line that reproduces this run, for the report.</summary>
    public string CommandLine()
    {
        var parts = new List<string> { "dotnet run -c Release --project tests/Bantin.Bench -- run" };
        if (Smoke) parts.Add("--smoke");
        else
        {
            parts.Add("--sizes " + string.Join(',', Sizes));
            parts.Add("--runs " + Runs);
        }
        if (!Shapes.SequenceEqual(DefaultShapes)) parts.Add("--shapes " + string.Join(',', Shapes));
        if (Seed != DefaultSeed) parts.Add("--seed " + Seed);
        if (RunsIn is not null) parts.Add("--runs-in " + RunsIn);
        return string.Join(' ', parts);
    }
}
