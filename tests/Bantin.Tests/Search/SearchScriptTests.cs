using System.Diagnostics;
using System.Text.Json;
using Bantin.Model;
using Bantin.Tests.Support;

namespace Bantin.Tests.Search;

/// <summary>
/// Runs the real assets/search.js under Node (no browser: fetch reads the built files) to check that its fold is
/// Slug.Fold and that its queries rank exactly as the C# <see cref="SearchReader"/> the other tests use.
/// The browser tests drive the page itself; these keep the two implementations from drifting apart.
/// </summary>
public sealed class SearchScriptTests
{
    private const string Harness = """
        const fs = require("fs"), path = require("path");
        const [out, script, input] = process.argv.slice(2);
        global.window = {};
        global.document = { readyState: "complete", querySelector: () => null, documentElement: { lang: "vi" } };
        global.fetch = async (url) => {
          const file = path.join(out, decodeURIComponent(url.split("?")[0]));
          const text = fs.readFileSync(file, "utf8");
          return { ok: true, status: 200, json: async () => JSON.parse(text) };
        };
        eval(fs.readFileSync(script, "utf8"));
        const job = JSON.parse(fs.readFileSync(input, "utf8"));
        const index = window.bantinSearch.open(job.dataUrl, job.base, "");
        (async () => {
          const folds = job.folds.map(window.bantinSearch.fold);
          const queries = [];
          for (const q of job.queries) {
            const r = await index.query(q.q, q.filters || {}, 100);
            queries.push(r.results.map(x => x.url));
          }
          process.stdout.write(JSON.stringify({ folds, queries }));
        })().catch(e => { console.error(e); process.exit(1); });
        """;

    [NodeFact]
    public void Script_fold_is_the_same_as_slug_fold()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("Đoàn viên", "2024-01-01"));
        site.BuildOk();
        var words = SearchTextTests.FoldCases().Select(c => (string)c[0]).ToList();
        words.Add("Lào Cai".Normalize(System.Text.NormalizationForm.FormD));
        var (folds, _) = Run(site, words, []);
        Assert.Equal(words.Select(Slug.Fold), folds);
    }

    [NodeFact]
    public void Script_queries_find_and_rank_like_the_reader()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("Đoán đoán đoán", "2024-01-02", "Tin tức/Ban tổ chức", body: "Đoán trước kết quả, đoán đúng.") +
            "-- content/b.md --\n" + Md.Article("Tin tháng một", "2024-01-01", "Tin tức", body: "Công đoàn cơ sở ở Lào Cai.") +
            "-- content/c.md --\n" + Md.Article("Đại hội Công đoàn", "2023-05-01", "Sự kiện", body: "ĐẠI HỘI thành công.") +
            "-- content/pages/gioi-thieu.md --\n---\ntitle: Giới thiệu\n---\nĐoàn viên công đoàn.\n");
        site.BuildOk();
        var queries = new (string Q, string? Category, string? Year)[]
        {
            ("doan", null, null), ("đoàn", null, null), ("đoán", null, null), ("dai hoi", null, null), ("Lao Cai", null, null),
            ("cong doa", null, null), ("cong doa ", null, null), ("doan", "tin-tuc", null), ("doan", null, "2023"), ("khong co", null, null),
        };
        var (_, results) = Run(site, [], queries);
        var reader = new SearchReader(Path.Combine(site.Output, "tim-kiem"));
        for (var i = 0; i < queries.Length; i++)
        {
            var (q, category, year) = queries[i];
            var expected = reader.Urls(q, category, year: year is null ? null : int.Parse(year)).Select(u => "/congdoan/" + u);
            Assert.True(expected.SequenceEqual(results[i]), $"{q}: C# {string.Join(", ", expected)} / JS {string.Join(", ", results[i])}");
        }
        // "doan" ranks the article full of "đoán" first; "đoàn" typed with marks puts it last, after every "đoàn".
        Assert.Equal("/congdoan/2024/01/doan-doan-doan/", results[0][0]);
        Assert.Equal("/congdoan/2024/01/doan-doan-doan/", results[1][^1]);
        Assert.Equal(4, results[1].Count);
        Assert.Equal(["/congdoan/2023/05/dai-hoi-cong-doan/"], results[3]);
        Assert.Equal(["/congdoan/2024/01/tin-thang-mot/"], results[4]);
        Assert.Empty(results[9]);
    }

    private static (List<string> Folds, List<List<string>> Queries) Run(TestSite site, IReadOnlyList<string> folds,
        IReadOnlyList<(string Q, string? Category, string? Year)> queries)
    {
        var harness = Path.Combine(site.Root, "harness.js");
        File.WriteAllText(harness, Harness);
        var input = Path.Combine(site.Root, "job.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new
        {
            dataUrl = "/tim-kiem/",
            @base = "/congdoan/",
            folds,
            queries = queries.Select(q => new Dictionary<string, object?>
            {
                ["q"] = q.Q,
                ["filters"] = new Dictionary<string, string?> { ["category"] = q.Category, ["year"] = q.Year }
                    .Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value),
            }),
        }));
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { harness, site.Output, Path.Combine(site.Output, "assets", "search.js"), input }) start.ArgumentList.Add(arg);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEnd();
        Assert.True(node.WaitForExit(60_000), "node timed out");
        Assert.True(node.ExitCode == 0, stderr);
        var result = JsonDocument.Parse(stdout.Result).RootElement;
        return (result.GetProperty("folds").EnumerateArray().Select(f => f.GetString()!).ToList(),
            result.GetProperty("queries").EnumerateArray().Select(q => q.EnumerateArray().Select(u => u.GetString()!).ToList()).ToList());
    }
}
