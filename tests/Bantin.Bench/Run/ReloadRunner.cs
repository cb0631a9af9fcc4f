using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Bantin.Bench.Corpus;

namespace Bantin.Bench.Run;

/// <summary>
/// The <c>reload</c> command: starts <c>bantin serve</c> on a copy of a corpus, then edits articles (and one data
/// file) the way an editor saves them and times each save until the rebuilt page is served with the edit in it.
/// This is the editor's wait, watcher and debounce included; the console line of each rebuild is kept beside it.
/// </summary>
public sealed class ReloadRunner(TextWriter log)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Time between one save being served and the next save, for saves in a row.</summary>
    private const int RowGapMs = 300;

    public int Run(int size, int edits, int seed, string? bantinPath, string? outPath, int gapMs, bool allUnits = false)
    {
        var repo = RepoPaths.FindRoot();
        var work = RepoPaths.WorkFolder(repo);
        var bench = new BenchRunner(log);
        var bantin = bantinPath is { } path ? BenchRunner.FromPath(path) : bench.Publish(repo, work);
        var corpus = bench.EnsureCorpus(work, new CorpusOptions(size, seed, AllUnits: allUnits), $"corpus-{size}-s{seed}{(allUnits ? "-all" : "")}");
        var site = Path.Combine(work, "runs", $"reload-{size}");
        if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
        Copy(corpus, site);

        var port = FreePort();
        var lines = new List<string>();
        using var serve = Start(bantin.With("serve", "--site", site, "--port", port.ToString(Inv)), lines);
        try
        {
            return Measure(lines, port, site, size, edits, gapMs, outPath, repo, allUnits);
        }
        finally
        {
            Stop(serve);
        }
    }

    private int Measure(List<string> lines, int port, string site, int size, int edits, int gapMs, string? outPath, string repo, bool allUnits)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var home = $"http://127.0.0.1:{port}/congdoan/";
        var clock = Stopwatch.StartNew();
        if (!WaitFor(http, home, _ => true, TimeSpan.FromMinutes(10)))
            throw new BenchFailure($"serve did not answer at {home}:\n{string.Join('\n', Snapshot(lines))}");
        log.WriteLine(string.Format(Inv, "serve: first build answered after {0:0.0} s", clock.Elapsed.TotalSeconds));

        var files = Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();
        // Each save rewrites one article and is timed until its page is served with the edit in it.
        List<double> TimeEdits(string kind, Func<int, string> pick, Func<int, string, string, (Func<string, bool> Served, string Text)?> edit, int pauseMs)
        {
            var times = new List<double>();
            for (var i = 0; i < edits; i++)
            {
                var file = pick(i);
                var relative = Path.GetRelativePath(Path.Combine(site, "content"), file).Replace('\\', '/');
                var url = home + relative[..^".md".Length] + "/";
                if (edit(i, File.ReadAllText(file), Get(http, url)) is not var (served, text)) throw new BenchFailure($"{kind}: cannot edit {relative}");
                var ms = TimeSave(http, url, served, () => File.WriteAllText(file, text));
                times.Add(ms);
                log.WriteLine(string.Format(Inv, "{0} {1}/{2} {3}: page served with the edit after {4:0} ms", kind, i + 1, edits, relative, ms));
                Thread.Sleep(pauseMs);
            }
            return times;
        }
        string Pick(int i, int kind) => files[(int)((long)(i * 7 + kind) * files.Count / (edits * 7))];

        // Edits far apart: the search index of the last edit, written after its pages, is done before the next save.
        var articleTimes = TimeEdits("body edit", i => Pick(i, 1), (i, text, _) =>
        {
            var marker = $"Đoạn sửa thử số {i + 1} lúc {DateTime.UtcNow.Ticks}.";
            return (page => page.Contains(marker, StringComparison.Ordinal), $"{text}\n{marker}\n");
        }, gapMs);

        // A title shows on more pages than the article's own (lists, neighbours, related, feed): the wider rebuild.
        var titleTimes = TimeEdits("title edit", i => Pick(i, 0), (i, text, _) =>
        {
            var marker = $"sửa tiêu đề {i + 1}";
            var end = text.IndexOf('"', text.IndexOf("\ntitle: \"", StringComparison.Ordinal) + "\ntitle: \"".Length);
            return (page => page.Contains(marker, StringComparison.Ordinal), text[..end] + " – " + marker + text[end..]);
        }, gapMs);

        // Saves in a row, as an editor who saves every second or an editor's auto-save: each save comes while the
        // search index of the last one is still being made.
        var rowTimes = TimeEdits("save in a row", _ => files[files.Count / 3], (i, text, _) =>
        {
            var marker = $"Lưu liền tay số {i + 1} lúc {DateTime.UtcNow.Ticks}.";
            return (page => page.Contains(marker, StringComparison.Ordinal), $"{text}\n{marker}\n");
        }, RowGapMs);
        Thread.Sleep(gapMs);

        // Date, category and tags move an article between lists (archives, categories, tags, neighbours): a new plan.
        var dateTimes = TimeEdits("date edit", i => Pick(i, 2), (_, text, page) => ArticleEdits.Date(text, page), gapMs);
        var categoryTimes = TimeEdits("category edit", i => Pick(i, 3), (_, text, page) => ArticleEdits.Category(text, page, files), gapMs);
        var tagTimes = TimeEdits("tag edit", i => Pick(i, 4), (_, text, page) => ArticleEdits.Tag(text, page, files), gapMs);

        var dataTimes = TimeDataEdits(http, home, site, edits, gapMs);
        Thread.Sleep(1000);
        var rebuildLines = Snapshot(lines).Where(l => l.StartsWith('[')).ToList();
        var rows = new List<(string, List<double>)>
        {
            ("article body", articleTimes), ("article title", titleTimes), ($"body, saves in a row ({RowGapMs} ms after each is served)", rowTimes),
            ("article date (another day of the same month)", dateTimes), ("article category (another existing one)", categoryTimes),
            ("article tag (one replaced by another existing one)", tagTimes), ("results file (one value; its unit × period page polled)", dataTimes),
        };
        var report = Report(size, edits, allUnits, rows, rebuildLines);
        var target = Path.GetFullPath(outPath ?? Path.Combine(repo, "docs", "benchmarks-preview.md"));
        File.WriteAllText(target, report);
        log.WriteLine();
        log.Write(report);
        log.WriteLine($"Report written to {target}");
        return 0;
    }

    /// <summary>
    /// Results files spread over the data, each with one value changed to a number its unit × period page does not
    /// show yet; timed until that page shows it.
    /// </summary>
    private List<double> TimeDataEdits(HttpClient http, string home, string site, int edits, int gapMs)
    {
        var all = Directory.EnumerateFiles(Path.Combine(site, "data", "results"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();
        var times = new List<double>();
        for (var i = 0; i < edits && all.Count > 0; i++)
        {
            var file = all[(int)((long)i * all.Count / edits)];
            var relative = Path.GetRelativePath(Path.Combine(site, "data", "results"), file).Replace('\\', '/');
            var url = home + "don-vi/" + relative[..^".yaml".Length] + "/";
            if (DataEdit.Of(File.ReadAllText(file), Get(http, url)) is not var (served, text)) throw new BenchFailure($"data edit: no plain count in {relative}");
            var ms = TimeSave(http, url, served, () => File.WriteAllText(file, text));
            times.Add(ms);
            log.WriteLine(string.Format(Inv, "data edit {0}/{1} data/results/{2}: page served with the edit after {3:0} ms", i + 1, edits, relative, ms));
            Thread.Sleep(gapMs);
        }
        return times;
    }

    private static string Get(HttpClient http, string url) => http.GetStringAsync(url).GetAwaiter().GetResult();

    private static double TimeSave(HttpClient http, string url, Func<string, bool> served, Action save)
    {
        var clock = Stopwatch.StartNew();
        save();
        if (!WaitFor(http, url, served, TimeSpan.FromSeconds(120)))
            throw new BenchFailure($"the edit never showed at {url}");
        return clock.Elapsed.TotalMilliseconds;
    }

    private static bool WaitFor(HttpClient http, string url, Func<string, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            try
            {
                using var response = http.GetAsync(url).GetAwaiter().GetResult();
                if (response.StatusCode == HttpStatusCode.OK && done(response.Content.ReadAsStringAsync().GetAwaiter().GetResult())) return true;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            Thread.Sleep(5);
        }
        return false;
    }

    private static string Report(int size, int edits, bool allUnits, List<(string Edit, List<double> Ms)> rows, List<string> rebuildLines)
    {
        var text = new StringBuilder();
        text.Append(Inv, $"## Save → served page in `serve` ({size:N0} articles, {Environment.ProcessorCount} cores)\n\n");
        text.Append("Command: `dotnet run -c Release --project tests/Bantin.Bench -- reload --size ").Append(size.ToString(Inv))
            .Append(" --edits ").Append(edits.ToString(Inv)).Append(allUnits ? " --all-units" : "").Append("`. ");
        text.Append("Each edit polls the page that shows it until the edit is served (an article's own page; for a results file, its unit × period page); ");
        text.Append("this includes the file watcher and the 40 ms quiet time before a rebuild. ");
        text.Append("Edits are a few seconds apart, so that the search index of one edit, written after its pages, is done before the next; ");
        text.Append("saves in a row come while it is still being made (a newer save cancels it, and its own rebuild makes it again).\n\n");
        text.Append("| edit | count | median | min | max |\n|---|---:|---:|---:|---:|\n");
        foreach (var (edit, ms) in rows.Where(r => r.Ms.Count > 0))
            text.Append(Inv, $"| {edit} | {ms.Count} | {Stats.Median(ms):0} ms | {ms.Min():0} ms | {ms.Max():0} ms |\n");
        text.Append("\nRebuild lines printed by `serve` (first build, then each edit in the order of the table):\n\n```\n");
        foreach (var line in rebuildLines) text.Append(line).Append('\n');
        text.Append("```\n");
        return text.ToString();
    }

    private static Process Start(ToolCommand command, List<string> lines)
    {
        var info = new ProcessStartInfo(command.File) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in command.Args) info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (lines) lines.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (lines) lines.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);
        return process;
    }

    private static void Stop(Process process)
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    private static List<string> Snapshot(List<string> lines)
    {
        lock (lines) return lines.ToList();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
