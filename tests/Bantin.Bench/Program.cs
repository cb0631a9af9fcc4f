using System.Globalization;
using Bantin.Bench.Cli;
using Bantin.Bench.Corpus;
using Bantin.Bench.Hugo;
using Bantin.Bench.Run;

namespace Bantin.Bench;

/// <summary>Entry point: <c>corpus</c>, <c>hugo-site</c> and <c>run</c>. Exit codes: 0 ok, 1 failure, 2 bad usage.</summary>
public static class Program
{
    public const string Usage = """
        Bantin.Bench: corpus generator and build benchmark (Bantin against Hugo).

          corpus --count N [--seed S] --out DIR [--no-figures] [--all-units]
              Writes a complete Bantin site of N articles (about 1,000 words each) and its data, the same bytes for the
              same N and seed. --no-figures writes the numbers instead of {{ value }} / {{ percent }} calls.
          hugo-site --from DIR --out DIR
              Turns a corpus into an equivalent Hugo site (same articles and URLs, figures as plain numbers).
          run [--sizes 1000,10000] [--runs 3] [--shapes districts,all-units-monthly] [--seed S] [--bantin PATH] [--hugo hugo]
              [--out docs/benchmarks.md] [--smoke] [--runs-in DIR]
              Publishes generator/ in Release as Native AOT (or uses --bantin PATH), builds each corpus size with Bantin and Hugo
              alternately, cold, --runs times each, and writes medians of wall time, CPU time, peak RSS and pages/s.
              --smoke: 20 articles, 1 run, no Hugo; the report goes to bench/out/benchmarks-smoke.md unless --out.
              --runs-in DIR: write the builds' outputs under DIR instead of bench/out/runs (a tmpfs such as /dev/shm
              measures both generators without the disk's file system).
          reload [--size 10000] [--edits 8] [--gap-ms 8000] [--all-units] [--seed S] [--bantin PATH] [--out FILE]
              Starts `bantin serve` on a copy of the corpus and times each save until the page is served with it:
              a paragraph appended to --edits articles, then a title edit of --edits others (--gap-ms apart), then
              --edits saves of one article 300 ms apart, then --edits each of a date, a category and a tag edit of an
              article and of a value in a results file (polling its unit x period page).
              Report: docs/benchmarks-preview.md unless --out.

        Run it in Release: dotnet run -c Release --project tests/Bantin.Bench -- run
        """;

    public static int Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.Write(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            var rest = new ArgList(args.Skip(1));
            return args[0] switch
            {
                "corpus" => Corpus(rest),
                "hugo-site" => HugoSite(rest),
                "run" => RunBench(rest),
                "reload" => Reload(rest),
                _ => throw new UsageException($"unknown command \"{args[0]}\""),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.Write(Usage);
            return 2;
        }
        catch (Exception e) when (e is BenchFailure or IOException or FormatException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static int Corpus(ArgList args)
    {
        var count = args.Int("--count") ?? throw new UsageException("--count is required");
        if (count < 1) throw new UsageException("--count must be at least 1");
        var options = new CorpusOptions(count, args.Int("--seed") ?? RunOptions.DefaultSeed, Figures: !args.Flag("--no-figures"), AllUnits: args.Flag("--all-units"));
        var outDir = args.Required("--out");
        args.Finish();
        var summary = new CorpusGenerator().Generate(options, outDir);
        Console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "Wrote {0:N0} articles ({1:N0} words), {2} units, {3:N0} values in {4:N0} result files, {5:N0} targets in {6:N0} target files to {7}",
            summary.ArticleUrls.Count, summary.Words, summary.Units, summary.Values, summary.ResultFiles, summary.Targets, summary.TargetFiles,
            Path.GetFullPath(outDir)));
        return 0;
    }

    private static int HugoSite(ArgList args)
    {
        var from = args.Required("--from");
        var outDir = args.Required("--out");
        args.Finish();
        var count = new HugoSiteWriter().Convert(from, outDir);
        Console.Out.WriteLine($"Wrote a Hugo site of {count:N0} articles to {Path.GetFullPath(outDir)}");
        return 0;
    }

    private static int Reload(ArgList args)
    {
        var size = args.Int("--size") ?? 10_000;
        var edits = args.Int("--edits") ?? 8;
        var seed = args.Int("--seed") ?? RunOptions.DefaultSeed;
        var bantin = args.String("--bantin");
        var outPath = args.String("--out");
        var gap = args.Int("--gap-ms") ?? 8000;
        var allUnits = args.Flag("--all-units");
        args.Finish();
        if (size < 1 || edits < 1) throw new UsageException("--size and --edits must be at least 1");
        return new ReloadRunner(Console.Out).Run(size, edits, seed, bantin, outPath, gap, allUnits);
    }

    private static IReadOnlyList<string> Shapes(string? text)
    {
        if (text is null) return RunOptions.DefaultShapes;
        var shapes = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var shape in shapes)
            if (!RunOptions.DefaultShapes.Contains(shape)) throw new UsageException($"--shapes: \"{shape}\" is not one of {string.Join(", ", RunOptions.DefaultShapes)}");
        return shapes.Length > 0 ? shapes : throw new UsageException("--shapes needs at least one shape");
    }

    private static int RunBench(ArgList args)
    {
        var smoke = args.Flag("--smoke");
        var sizes = args.IntList("--sizes");
        var runs = args.Int("--runs");
        var options = new RunOptions(
            Sizes: smoke ? [RunOptions.SmokeSize] : sizes ?? RunOptions.DefaultSizes,
            Runs: smoke ? 1 : runs ?? RunOptions.DefaultRuns,
            Seed: args.Int("--seed") ?? RunOptions.DefaultSeed,
            BantinPath: args.String("--bantin"),
            Hugo: args.String("--hugo") ?? "hugo",
            OutPath: args.String("--out"),
            Smoke: smoke,
            Shapes: Shapes(args.String("--shapes")),
            RunsIn: args.String("--runs-in"));
        args.Finish();
        if (smoke && (sizes is not null || runs is not null)) throw new UsageException("--smoke sets the size and runs; leave out --sizes and --runs");
        if (options.Runs < 1) throw new UsageException("--runs must be at least 1");
        return new BenchRunner(Console.Out).Run(options);
    }
}
