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
            return Measure(serve, lines, port, site, size, edits, gapMs, outPath, repo);
        }
        finally
        {
            Stop(serve);
        }
    }

    private int Measure(Process serve, List<string> lines, int port, string site, int size, int edits, int gapMs, string? outPath, string repo)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var home = $"http://127.0.0.1:{port}/congdoan/";
        var clock = Stopwatch.StartNew();
        if (!WaitFor(http, home, _ => true, TimeSpan.FromMinutes(10)))
            throw new BenchFailure($"serve did not answer at {home}:\n{string.Join('\n', Snapshot(lines))}");
        log.WriteLine(string.Format(Inv, "serve: first build answered after {0:0.0} s", clock.Elapsed.TotalSeconds));

        var files = Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();
        // Each save rewrites one article and is timed until its page is served with the marker in it.
        List<double> TimeEdits(string kind, Func<int, string> pick, Func<int, string, (string Marker, string Text)> edit, int pauseMs)
        {
            var times = new List<double>();
            for (var i = 0; i < edits; i++)
            {
                var file = pick(i);
                var relative = Path.GetRelativePath(Path.Combine(site, "content"), file).Replace('\\', '/');
                var (marker, text) = edit(i, File.ReadAllText(file));
                var ms = TimeSave(http, home + relative[..^".md".Length] + "/", marker, () => File.WriteAllText(file, text));
                times.Add(ms);
                log.WriteLine(string.Format(Inv, "{0} {1}/{2} {3}: page served with the edit after {4:0} ms", kind, i + 1, edits, relative, ms));
                Thread.Sleep(pauseMs);
            }
            return times;
        }

        // Edits far apart: the search index of the last edit, written after its pages, is done before the next save.
        var articleTimes = TimeEdits("body edit", i => files[(int)((long)(i * 2 + 1) * files.Count / (edits * 2))], (i, text) =>
        {
            var marker = $"Đoạn sửa thử số {i + 1} lúc {DateTime.UtcNow.Ticks}.";
            return (marker, $"{text}\n{marker}\n");
        }, gapMs);

        // A title shows on more pages than the article's own (lists, neighbours, related, feed): the wider rebuild.
        var titleTimes = TimeEdits("title edit", i => files[(int)((long)(i * 2) * files.Count / (edits * 2))], (i, text) =>
        {
            var marker = $"sửa tiêu đề {i + 1}";
            var end = text.IndexOf('"', text.IndexOf("\ntitle: \"", StringComparison.Ordinal) + "\ntitle: \"".Length);
            return (marker, text[..end] + " – " + marker + text[end..]);
        }, gapMs);

        // Saves in a row, as an editor who saves every second or an editor's auto-save: each save comes while the
        // search index of the last one is still being made.
        var rowTimes = TimeEdits("save in a row", _ => files[files.Count / 3], (i, text) =>
        {
            var marker = $"Lưu liền tay số {i + 1} lúc {DateTime.UtcNow.Ticks}.";
            return (marker, $"{text}\n{marker}\n");
        }, RowGapMs);
        Thread.Sleep(gapMs);

        var dataMs = TimeDataEdit(site, lines);
        Thread.Sleep(gapMs);
        Thread.Sleep(1000);
        var rebuildLines = Snapshot(lines).Where(l => l.StartsWith('[')).ToList();
        var report = Report(size, edits, articleTimes, titleTimes, rowTimes, dataMs, rebuildLines);
        var target = Path.GetFullPath(outPath ?? Path.Combine(repo, "docs", "benchmarks-preview.md"));
        File.WriteAllText(target, report);
        log.WriteLine();
        log.Write(report);
        log.WriteLine($"Report written to {target}");
        return 0;
    }

    /// <summary>One value of the first results file goes up by one; timed until serve prints the rebuild line.</summary>
    private double? TimeDataEdit(string site, List<string> output)
    {
        var results = Directory.EnumerateFiles(Path.Combine(site, "data", "results"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).FirstOrDefault();
        if (results is null) return null;
        var before = File.ReadAllText(results);
        var lines = before.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("  ", StringComparison.Ordinal) && l.TrimEnd().Split(':').Last().Trim().All(char.IsAsciiDigit) && l.Contains(':'));
        if (at < 0) return null;
        var parts = lines[at].Split(':');
        var value = long.Parse(parts[^1].Trim(), Inv) + 1;
        lines[at] = $"{parts[0]}: {value}";
        var changed = string.Join('\n', lines);
        var rebuilds = Snapshot(output).Count(l => l.StartsWith('['));
        var clock = Stopwatch.StartNew();
        File.WriteAllText(results, changed);
        while (clock.Elapsed < TimeSpan.FromMinutes(2) && Snapshot(output).Count(l => l.StartsWith('[')) == rebuilds) Thread.Sleep(5);
        var ms = clock.Elapsed.TotalMilliseconds;
        log.WriteLine(string.Format(Inv, "data edit {0}: rebuilt after {1:0} ms", Path.GetRelativePath(site, results), ms));
        return ms;
    }

    private static double TimeSave(HttpClient http, string url, string marker, Action save)
    {
        var clock = Stopwatch.StartNew();
        save();
        if (!WaitFor(http, url, body => body.Contains(marker, StringComparison.Ordinal), TimeSpan.FromSeconds(120)))
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

    private string Report(int size, int edits, List<double> times, List<double> titleTimes, List<double> rowTimes, double? dataMs, List<string> rebuildLines)
    {
        var text = new StringBuilder();
        text.Append(Inv, $"## Save → served page in `serve` ({size:N0} articles, {Environment.ProcessorCount} cores)\n\n");
        text.Append("Command: `dotnet run -c Release --project tests/Bantin.Bench -- reload --size ").Append(size.ToString(Inv)).Append("`. ");
        text.Append("A body edit appends a paragraph to one article, a title edit adds words to another article's title; ");
        text.Append("each polls the article's URL until the edit is served; ");
        text.Append("this includes the file watcher and the 40 ms quiet time before a rebuild. ");
        text.Append("Body and title edits are a few seconds apart, so that the search index of one edit, written after its pages, is done before the next; ");
        text.Append("saves in a row come while it is still being made (a newer save cancels it, and its own rebuild makes it again).\n\n");
        text.Append("| edit | count | median | min | max |\n|---|---:|---:|---:|---:|\n");
        void Row(string edit, List<double> ms) =>
            text.Append(Inv, $"| {edit} | {ms.Count} | {Stats.Median(ms):0} ms | {ms.Min():0} ms | {ms.Max():0} ms |\n");
        Row("article body", times);
        Row("article title", titleTimes);
        Row($"body, saves in a row ({RowGapMs} ms after each is served)", rowTimes);
        text.Append('\n');
        if (dataMs is { } data) text.Append(Inv, $"One data edit (a value in the first results file): rebuilt after {data:0} ms.\n\n");
        text.Append("Rebuild lines printed by `serve` (first build, each body edit, each title edit, each save in a row, then one data edit):\n\n```\n");
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
