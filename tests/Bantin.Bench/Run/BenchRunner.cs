using System.Globalization;
using Bantin.Bench.Corpus;
using Bantin.Bench.Hugo;

namespace Bantin.Bench.Run;

/// <summary>
/// The <c>run</c> command: publishes Bantin in Release (unless given), generates or reuses the corpora under
/// bench/out/, alternates cold Bantin and Hugo builds, and writes the Markdown report.
/// </summary>
public sealed class BenchRunner
{
    public const string BuildTime = "2030-01-01T00:00:00+07:00";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly TextWriter _log;

    public BenchRunner(TextWriter log) => _log = log;

    public int Run(RunOptions options)
    {
        var repo = RepoPaths.FindRoot();
        var work = RepoPaths.WorkFolder(repo);
        Directory.CreateDirectory(work);

        // Outputs of an earlier run are removed first, then the file system is left to settle (see FreshRuns).
        var runs = options.RunsIn is { } runsIn ? Path.GetFullPath(runsIn) : Path.Combine(work, "runs");
        FreshRuns(runs);

        var meter = ProcessMeter.Create();
        if (!meter.UsesGnuTime)
            _log.WriteLine("GNU time is not at /usr/bin/time: polling /proc instead (approximate). For exact figures: apt-get install -y time");

        var bantin = options.BantinPath is { } path ? FromPath(path) : Publish(repo, work);
        var (hugo, hugoVersion) = options.Smoke ? (null, null) : FindHugo(options.Hugo);
        var hugoFact = options.Smoke ? "not run (--smoke)" : hugoVersion ?? "not installed (`apt-get install -y hugo`)";
        var facts = MachineFacts.Collect(repo, hugoFact, meter.UsesGnuTime);

        // Startup: one article, no data.
        var tiny = EnsureCorpus(work, new CorpusOptions(1, options.Seed, Figures: false, Data: false), "corpus-tiny");
        var startupRuns = Math.Max(3, options.Runs);
        var startup = new List<GeneratorRuns> { Measure("Bantin", "startup", startupRuns, meter, work, run => BantinBuild(bantin, tiny, Output(runs, $"bantin-tiny-{run}"))) };
        if (hugo is not null)
        {
            var tinyHugo = EnsureHugo(work, tiny, "hugo-tiny");
            startup.Add(Measure("Hugo", "startup", startupRuns, meter, work, run => HugoBuild(hugo, tinyHugo, Output(runs, $"hugo-tiny-{run}"))));
        }

        var results = new List<SizeResult>();
        foreach (var shape in options.Shapes)
            foreach (var size in options.Sizes)
                results.Add(MeasureSize(options, shape, size, work, runs, bantin, hugo, meter));

        Clean(runs);
        var report = ReportWriter.Markdown(options, facts, results, startup);
        var outPath = Path.GetFullPath(options.OutPath ?? (options.Smoke
            ? Path.Combine(work, "benchmarks-smoke.md")
            : Path.Combine(repo, "docs", "benchmarks.md")));
        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        File.WriteAllText(outPath, report);
        _log.WriteLine();
        _log.Write(report);
        _log.WriteLine();
        _log.WriteLine($"Report written to {outPath}");
        return 0;
    }

    /// <summary>
    /// One corpus: builds that each follow the deletion of the previous output (as a user's next build replaces the
    /// last one), Bantin and Hugo alternating; then two more Bantin builds into the output left in place; then the copy
    /// floor, <c>cp -r</c> of that output.
    /// </summary>
    private SizeResult MeasureSize(RunOptions options, string shape, int size, string work, string runs, ToolCommand bantin, ToolCommand? hugo,
        ProcessMeter meter)
    {
        var allUnits = shape == "all-units-monthly";
        var name = $"{size}-s{options.Seed}{(allUnits ? "-all" : "")}";
        var corpus = EnsureCorpus(work, new CorpusOptions(size, options.Seed, AllUnits: allUnits), $"corpus-{name}");
        var hugoSite = hugo is null ? null : EnsureHugo(work, corpus, $"hugo-{name}");
        var (bantinOut, hugoOut) = (Output(runs, $"bantin-{name}"), Output(runs, $"hugo-{name}"));
        var bantinRuns = new List<Measurement>();
        var hugoRuns = new List<Measurement>();
        for (var run = 1; run <= options.Runs; run++)
        {
            Clean(bantinOut);
            bantinRuns.Add(Once("Bantin", $"{shape}, {size:N0} articles, run {run}/{options.Runs}", meter, work, BantinBuild(bantin, corpus, bantinOut)));
            if (hugo is null || hugoSite is null) continue;
            Clean(hugoOut);
            hugoRuns.Add(Once("Hugo", $"{shape}, {size:N0} articles, run {run}/{options.Runs}", meter, work, HugoBuild(hugo, hugoSite, hugoOut)));
        }
        var again = new List<Measurement>();
        for (var build = 2; build <= 3; build++)
            again.Add(Once("Bantin", $"{shape}, {size:N0} articles, build {build} into the same output", meter, work, BantinBuild(bantin, corpus, bantinOut)));
        var copy = CopyFloor(Path.Combine(bantinOut, "public"), Output(runs, $"copy-{name}"));
        Clean(bantinOut);
        Clean(hugoOut);
        return new SizeResult(shape, size, File.ReadAllText(Path.Combine(corpus, CorpusSummary.MarkerFile)),
            new GeneratorRuns("Bantin", bantinRuns), hugo is null ? null : new GeneratorRuns("Hugo", hugoRuns), new GeneratorRuns("Bantin", again), copy);
    }

    /// <summary>Seconds that <c>cp -r</c> takes to copy a finished output: the floor for writing those files here.</summary>
    private double CopyFloor(string output, string copy)
    {
        Clean(copy);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = Shell.Run("cp", ["-r", output, copy]);
        var seconds = clock.Elapsed.TotalSeconds;
        if (result.ExitCode != 0) throw new BenchFailure($"cp -r {output} {copy} failed:\n{result.Error}");
        Clean(copy);
        _log.WriteLine(string.Format(Inv, "copy floor: cp -r of the output took {0:0.00} s", seconds));
        return seconds;
    }

    private static (ToolCommand Command, string Site, string Output) BantinBuild(ToolCommand bantin, string site, string output) =>
        (bantin.With("build", "--site", site, "--output", Path.Combine(output, "public"), "--build-time", BuildTime), site, Path.Combine(output, "public"));

    private static (ToolCommand Command, string Site, string Output) HugoBuild(ToolCommand hugo, string site, string output) =>
        (hugo.With("--source", site, "--destination", Path.Combine(output, "public"), "--quiet"), site, Path.Combine(output, "public"));

    private GeneratorRuns Measure(string generator, string what, int runs, ProcessMeter meter, string work,
        Func<int, (ToolCommand Command, string Site, string Output)> build)
    {
        var list = new List<Measurement>();
        for (var run = 1; run <= runs; run++)
        {
            var job = build(run);
            list.Add(Once(generator, $"{what}, run {run}/{runs}", meter, work, job));
        }
        return new GeneratorRuns(generator, list);
    }

    private Measurement Once(string generator, string what, ProcessMeter meter, string work, (ToolCommand Command, string Site, string Output) job)
    {
        var m = meter.Run(job.Command, work);
        if (m.ExitCode != 0)
            throw new BenchFailure($"{generator} failed ({what}), exit code {m.ExitCode}:\n  {job.Command}\n{m.OutputTail}");
        m = m with { Pages = CountPages(job.Output) };
        _log.WriteLine(string.Format(Inv, "{0,-7} {1}: {2:0.00} s wall, {3:0.00} s CPU, {4:0} MiB peak RSS, {5:N0} pages, {6:N0} pages/s",
            generator, what, m.WallSeconds, m.CpuSeconds, m.PeakRssMiB, m.Pages, m.PagesPerSecond));
        return m;
    }

    internal string EnsureCorpus(string work, CorpusOptions corpus, string name)
    {
        var dir = Path.Combine(work, name);
        var marker = Path.Combine(dir, CorpusSummary.MarkerFile);
        if (File.Exists(marker) && File.ReadLines(marker).FirstOrDefault() == CorpusSummary.Key(corpus))
        {
            _log.WriteLine($"corpus {name}: cached ({CorpusSummary.Key(corpus)})");
            return dir;
        }
        Clean(dir);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var summary = new CorpusGenerator().Generate(corpus, dir);
        _log.WriteLine(string.Format(Inv, "corpus {0}: {1:N0} articles, {2:N0} words, {3:N0} values in {4:N0} result files, written in {5:0.0} s",
            name, summary.ArticleUrls.Count, summary.Words, summary.Values, summary.ResultFiles, clock.Elapsed.TotalSeconds));
        return dir;
    }

    private string EnsureHugo(string work, string corpus, string name)
    {
        var dir = Path.Combine(work, name);
        var marker = Path.Combine(dir, HugoSiteWriter.MarkerFile);
        var corpusMarker = File.ReadAllText(Path.Combine(corpus, CorpusSummary.MarkerFile));
        if (File.Exists(marker) && File.ReadAllText(marker) == HugoSiteWriter.Marker(corpusMarker))
        {
            _log.WriteLine($"hugo site {name}: cached");
            return dir;
        }
        Clean(dir);
        var count = new HugoSiteWriter().Convert(corpus, dir);
        _log.WriteLine(string.Format(Inv, "hugo site {0}: {1:N0} articles converted", name, count));
        return dir;
    }

    internal ToolCommand Publish(string repo, string work)
    {
        var bin = Path.Combine(work, "bantin-release");
        _log.WriteLine($"publishing generator/ in Release (Native AOT) to {bin} …");
        Clean(bin);
        // Native AOT, the way the tool ships (README): fully optimised machine code from the first page, so neither
        // startup nor the first thousand pages wait for the JIT. At 1,000 articles that halves the CPU time of ReadyToRun.
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var publish = Shell.Run("dotnet", ["publish", Path.Combine(repo, "generator", "Bantin.csproj"), "-c", "Release", "-o", bin, "--nologo",
            "-r", rid, "-p:PublishAot=true"], repo);
        if (publish.ExitCode != 0) throw new BenchFailure($"dotnet publish failed:\n{publish.Output}\n{publish.Error}");
        return FromPath(Path.Combine(bin, "bantin"));
    }

    /// <summary>An apphost runs as is; a .dll runs through dotnet.</summary>
    internal static ToolCommand FromPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) return new ToolCommand("dotnet", [full]);
        if (File.Exists(full)) return new ToolCommand(full, []);
        if (File.Exists(full + ".dll")) return new ToolCommand("dotnet", [full + ".dll"]);
        throw new BenchFailure($"--bantin {path}: no such program");
    }

    private (ToolCommand?, string?) FindHugo(string hugo)
    {
        var version = Shell.Run(hugo, ["version"]);
        if (version.ExitCode == 0) return (new ToolCommand(hugo, []), version.Output.Trim());
        _log.WriteLine($"Hugo not found (\"{hugo} version\" failed): reporting Bantin only.");
        _log.WriteLine("To compare with Hugo, install it (as root): apt-get update && apt-get install -y hugo");
        return (null, null);
    }

    private static string Output(string runs, string name) => Path.Combine(runs, name);

    /// <summary>
    /// Removes the outputs of an earlier benchmark and waits half a minute if there were any. ext4 does not reuse an
    /// inode freed in the last 30 seconds, so files created right after tens of thousands were deleted cost more
    /// kernel time (here 1,000-article builds went 1.5 → 2.3 → 2.7 s run after run), more so for the generator that
    /// writes more files. Builds therefore never follow a deletion: each writes to a new folder.
    /// </summary>
    private void FreshRuns(string runs)
    {
        if (!Directory.Exists(runs)) return;
        Clean(runs);
        _log.WriteLine("Removed the outputs of an earlier run; waiting 30 s for the file system to settle.");
        Thread.Sleep(TimeSpan.FromSeconds(30));
    }

    private static void Clean(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    /// <summary>The index.html files in an output, less redirect stubs (Hugo writes one at page/1/ of every list).</summary>
    public static int CountPages(string output) =>
        Directory.Exists(output) ? Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories).Count(f => !IsRedirect(f)) : 0;

    private static bool IsRedirect(string file)
    {
        using var stream = File.OpenRead(file);
        var buffer = new byte[Math.Min(1024, (int)stream.Length)];
        stream.ReadExactly(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer).Contains("http-equiv=\"refresh\"", StringComparison.OrdinalIgnoreCase);
    }
}
