using System.Globalization;
using System.Text;
using Bantin.Bench.Corpus;

namespace Bantin.Bench.Run;

/// <summary>The Markdown report: machine facts, medians with Bantin/Hugo ratios, startup, corpora, every run.</summary>
public static class ReportWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Markdown(RunOptions options, MachineFacts facts, IReadOnlyList<SizeResult> sizes, IReadOnlyList<GeneratorRuns> startup)
    {
        var sb = new StringBuilder();
        sb.Append("# Build speed and memory\n\n");
        sb.Append("Bantin against Hugo on the same generated corpus of Vietnamese union bulletins. Reproduce with:\n\n");
        sb.Append("```bash\n").Append(options.CommandLine()).Append("\n```\n\n");
        sb.Append(Inv, $"Measured {facts.When:yyyy-MM-dd HH:mm} UTC at commit {facts.Commit}. Every build follows the deletion of the ");
        sb.Append("previous output, as a user's next build replaces the last one (the operating system's file cache stays warm); ");
        sb.Append("then Bantin builds twice more into the output it left, and `cp -r` copies that output (the copy floor). Bantin is the Native AOT build of generator/ run as its own process with ");
        sb.Append("`build --site DIR --output OUT --build-time 2030-01-01T00:00:00+07:00`; Hugo runs `hugo --source DIR --destination OUT --quiet`. ");
        sb.Append("The two alternate, run after run. Figures are medians.\n\n");

        sb.Append("## Machine\n\n| | |\n|---|---|\n");
        sb.Append(Inv, $"| CPU | {facts.Cpu}, {facts.Cores} cores (`nproc`) |\n");
        sb.Append(Inv, $"| Memory | {facts.MemoryGiB:0.0} GiB |\n");
        sb.Append(Inv, $"| OS | {facts.Os}, kernel {facts.Kernel} |\n");
        sb.Append(Inv, $"| .NET SDK | {facts.Dotnet} (`dotnet --version`) |\n");
        sb.Append(Inv, $"| Hugo | {facts.Hugo} |\n");
        sb.Append(Inv, $"| Measured with | {facts.Meter}; wall time by the harness's stopwatch |\n\n");

        sb.Append(Results(sizes, options.Runs));
        sb.Append('\n');

        sb.Append("## Startup\n\nA site of one article and no data: the fixed cost of a build (process start, runtime, theme).\n\n");
        sb.Append("| Generator | Runs | Pages | Wall (s) | CPU user+sys (s) | Peak RSS (MiB) |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var g in startup)
            sb.Append(Inv, $"| {g.Generator} | {g.Runs.Count} | {g.Pages} | {g.Wall:0.000} | {g.Cpu:0.000} | {g.RssMiB:0} |\n");
        sb.Append('\n');

        sb.Append("## Corpora\n\nWritten by `corpus --count N --seed S [--all-units]`: about 1,000 words per article, 60 units, 20 indicators. ");
        sb.Append("Shape *districts*: the districts that report monthly results scale with N (49 of 49 from 10,000 articles up), provinces have ");
        sb.Append("yearly targets. Shape *all-units-monthly* (`--all-units`): every unit, the root and the provinces included, reports every month ");
        sb.Append("for ten years and has a target for every year, whatever N.\n\n");
        sb.Append("| Shape | Articles | Words | Units with results | Result files | Values | Target files | Targets |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var s in sizes)
        {
            string M(string key) => long.TryParse(CorpusSummary.Read(s.CorpusMarker, key), out var v) ? v.ToString("N0", Inv) : "?";
            sb.Append(Inv, $"| {s.Shape} | {s.Size:N0} | {M("words")} | {M("districts_with_results")} | {M("result_files")} | {M("values")} | {M("target_files")} | {M("targets")} |\n");
        }
        sb.Append('\n');

        sb.Append("## Every run\n\n| Shape | Articles | Generator | Run | Pages | Wall (s) | CPU (s) | Peak RSS (MiB) |\n|---|---:|---|---:|---:|---:|---:|---:|\n");
        foreach (var s in sizes)
        {
            foreach (var (g, label) in new[] { (s.Bantin, ""), (s.Hugo, ""), (s.Again, " (same output)") })
            {
                if (g is null) continue;
                for (var i = 0; i < g.Runs.Count; i++)
                {
                    var r = g.Runs[i];
                    var run = label.Length > 0 ? $"{i + 2}{label}" : $"{i + 1}";
                    sb.Append(Inv, $"| {s.Shape} | {s.Size:N0} | {g.Generator} | {run} | {r.Pages:N0} | {r.WallSeconds:0.00} | {r.CpuSeconds:0.00} | {r.PeakRssMiB:0} |\n");
                }
            }
        }
        sb.Append('\n');

        sb.Append("## Reading the numbers\n\n");
        sb.Append("- Pages are the `index.html` files in the output, less Hugo's redirect stubs at `page/1/`. Both generators build ");
        sb.Append("the home page, every article, the year and month archives, every category (a child category's articles are also ");
        sb.Append("listed on its parent) and tag, all paginated by 20, plus RSS and a sitemap. Hugo adds a page listing the categories ");
        sb.Append("(one page) and an RSS feed per list (not counted). Bantin adds the pages of its data (units, indicators, periods) ");
        sb.Append("once the generator has data support; Hugo has no equivalent, so its copy of the corpus has the figures written ");
        sb.Append("in as plain numbers.\n");
        sb.Append("- The Hugo theme (`hugo-site`) is of about the weight of Bantin's: previous/next, the head of the article's ");
        sb.Append("category and of its month on every article page. It avoids Hugo's `.Related`, whose cost grows with the square of ");
        sb.Append("the article count and would make the comparison unfair to Hugo.\n");
        sb.Append("- Pages/s is pages divided by wall time; ratios are Bantin ÷ Hugo, so below 1 means Bantin needs less (time, memory) ");
        sb.Append("and, for pages/s, above 1 means Bantin is faster.\n");
        sb.Append("- Wall and CPU include process start. With 2 cores, CPU time above wall time shows how much both generators run in parallel.\n");
        return sb.ToString();
    }

    private static string Results(IReadOnlyList<SizeResult> sizes, int runs)
    {
        var sb = new StringBuilder();
        sb.Append(Inv, $"## Results (medians of {runs} run{(runs == 1 ? "" : "s")}, each after deleting the previous output)\n\n");
        sb.Append("| Shape | Articles | Generator | Pages | Wall (s) | CPU user+sys (s) | Peak RSS (MiB) | Pages/s |\n|---|---:|---|---:|---:|---:|---:|---:|\n");
        foreach (var s in sizes)
        {
            sb.Append(Row(s.Shape, s.Size, s.Bantin));
            if (s.Hugo is not { } hugo) continue;
            sb.Append(Row(s.Shape, s.Size, hugo));
            sb.Append(Inv, $"| {s.Shape} | {s.Size:N0} | **Bantin / Hugo** | {Ratio(s.Bantin.Pages, hugo.Pages)} | {Ratio(s.Bantin.Wall, hugo.Wall)} | ");
            sb.Append(Inv, $"{Ratio(s.Bantin.Cpu, hugo.Cpu)} | {Ratio(s.Bantin.RssMiB, hugo.RssMiB)} | {Ratio(s.Bantin.PagesPerSecond, hugo.PagesPerSecond)} |\n");
        }
        sb.Append("\n## Into the same output, and the copy floor\n\n");
        sb.Append("The first build is the median above; the second and third write into the output the last one left. The copy floor is ");
        sb.Append("`cp -r` of Bantin's finished output on this machine.\n\n");
        sb.Append("| Shape | Articles | First (s) | Second (s) | Third (s) | cp -r (s) | First ÷ cp -r | Hugo ÷ cp -r |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var s in sizes)
        {
            var again = s.Again.Runs;
            sb.Append(Inv, $"| {s.Shape} | {s.Size:N0} | {s.Bantin.Wall:0.00} | {(again.Count > 0 ? again[0].WallSeconds : 0):0.00} | {(again.Count > 1 ? again[1].WallSeconds : 0):0.00} | ");
            sb.Append(Inv, $"{s.CopySeconds:0.00} | {Ratio(s.Bantin.Wall, s.CopySeconds)} | {(s.Hugo is { } h ? Ratio(h.Wall, s.CopySeconds) : "–")} |\n");
        }
        return sb.ToString();
    }

    private static string Row(string shape, int size, GeneratorRuns g) =>
        string.Format(Inv, "| {0} | {1:N0} | {2} | {3:N0} | {4:0.00} | {5:0.00} | {6:0} | {7:N0} |\n", shape, size, g.Generator, g.Pages, g.Wall, g.Cpu, g.RssMiB, g.PagesPerSecond);

    private static string Ratio(double a, double b) => b > 0 ? (a / b).ToString("0.00", Inv) + "×" : "–";
}
