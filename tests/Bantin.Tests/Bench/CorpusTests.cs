using System.Text.RegularExpressions;
using Bantin.Bench.Corpus;
using Bantin.Bench.Hugo;
using Bantin.Tests.Support;

namespace Bantin.Tests.Bench;

/// <summary>
/// The benchmark corpus (tests/Bantin.Bench) is valid Bantin input, repeatable, and its figure calls are answered by
/// its own data. Small corpora only: the benchmark itself runs outside the test suite.
/// </summary>
public sealed partial class CorpusTests : IDisposable
{
    private const int Count = 30;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bantin-corpus-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void A_generated_corpus_builds_with_no_errors_and_every_article_and_link_exists()
    {
        var site = Path.Combine(_root, "site");
        var summary = new CorpusGenerator().Generate(new CorpusOptions(Count, Seed: 7), site);
        var output = Path.Combine(_root, "public");

        var result = new SiteBuilder().Build(new BuildOptions(site, output, BuildTime: TestSite.BuildTime.AddYears(5)));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Errors);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Count, summary.ArticleUrls.Count);
        Assert.Equal(Count, summary.ArticleUrls.Distinct().Count());
        foreach (var url in summary.ArticleUrls)
        {
            Assert.True(File.Exists(Path.Combine(output, url, "index.html")), $"no page for {url}");
            Assert.True(File.Exists(Path.Combine(output, url, ArticleWriter.ImageFile)), $"no image beside {url}");
        }
        foreach (var file in Markdown(site))
        {
            var links = ArticleLink().Matches(File.ReadAllText(Path.Combine(site, file))).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(2, links.Count);
            foreach (var link in links) Assert.True(File.Exists(Path.Combine(output, link, "index.html")), $"{file} links to a missing article: /congdoan/{link}");
        }
    }

    /// <summary>The shape of a federation's real data: every unit, root and provinces too, reports every month and has yearly targets.</summary>
    [Fact]
    public void The_all_units_shape_gives_every_unit_ten_years_of_months_and_yearly_targets_and_builds_clean()
    {
        var site = Path.Combine(_root, "all");
        var summary = new CorpusGenerator().Generate(new CorpusOptions(Count, Seed: 7, AllUnits: true), site);

        Assert.Equal(60, summary.DistrictsWithResults);
        Assert.Equal(60 * 120, summary.ResultFiles);
        Assert.Equal(60 * 120 * 20, summary.Values);
        Assert.Equal(60 * 10, summary.TargetFiles);
        Assert.True(File.Exists(Path.Combine(site, "data/results/vn/2024-12.yaml")));
        Assert.True(File.Exists(Path.Combine(site, "data/results/tinh-3/2015-01.yaml")));
        Assert.True(File.Exists(Path.Combine(site, "data/targets/tinh-3/huyen-2/2020.yaml")));
        var result = new SiteBuilder().Build(new BuildOptions(site, BuildTime: TestSite.BuildTime.AddYears(5), CheckOnly: true));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void The_same_count_and_seed_write_the_same_bytes()
    {
        var first = Path.Combine(_root, "a");
        var second = Path.Combine(_root, "b");
        new CorpusGenerator().Generate(new CorpusOptions(Count, Seed: 11), first);
        new CorpusGenerator().Generate(new CorpusOptions(Count, Seed: 11), second);
        var other = Path.Combine(_root, "c");
        new CorpusGenerator().Generate(new CorpusOptions(Count, Seed: 12), other);

        var a = Files(first);
        var b = Files(second);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs between two runs");
        Assert.NotEqual(a.Keys.Order(StringComparer.Ordinal), Files(other).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_figure_call_is_answered_by_the_results_of_the_articles_unit_and_month()
    {
        var site = Path.Combine(_root, "site");
        new CorpusGenerator().Generate(new CorpusOptions(Count, Seed: 3), site);
        var results = new ResultFiles(site);
        var calls = 0;
        foreach (var file in Markdown(site))
        {
            var article = CorpusArticleReader.Read(site, file);
            Assert.NotNull(article.Unit);
            Assert.Equal(article.Date[..7], article.Period);
            var found = FigureCall().Matches(article.Body);
            Assert.InRange(found.Count, 2, 3);
            foreach (Match call in found)
            {
                var figure = results.Get(article.Unit!, article.Period!, call.Groups[2].Value);
                if (call.Groups[1].Value == "percent") Assert.True(figure.Of > 0 && figure.Value <= figure.Of, $"{file}: {call.Value} needs a ratio");
                calls++;
            }
        }
        Assert.True(calls >= 2 * Count);
    }

    [Fact]
    public void Without_figures_the_corpus_has_numbers_instead_of_calls()
    {
        var site = Path.Combine(_root, "site");
        new CorpusGenerator().Generate(new CorpusOptions(Count, Seed: 3, Figures: false), site);
        foreach (var file in Markdown(site)) Assert.DoesNotContain("{{", File.ReadAllText(Path.Combine(site, file)));
    }

    [Fact]
    public void The_hugo_site_has_every_article_with_the_same_url_and_no_template_calls()
    {
        var site = Path.Combine(_root, "site");
        var summary = new CorpusGenerator().Generate(new CorpusOptions(Count, Seed: 5), site);
        var hugo = Path.Combine(_root, "hugo");

        Assert.Equal(Count, new HugoSiteWriter().Convert(site, hugo));

        var articles = Markdown(hugo).Where(f => !f.EndsWith("/_index.md", StringComparison.Ordinal)).ToList();
        Assert.Equal(Count, articles.Count);
        foreach (var file in articles)
        {
            var text = File.ReadAllText(Path.Combine(hugo, file));
            Assert.DoesNotContain("{{", text);
            Assert.Contains("categories: [", text);
            var slug = Regex.Match(text, "^slug: (.+)$", RegexOptions.Multiline).Groups[1].Value;
            Assert.Contains(summary.ArticleUrls, url => url == file["content/".Length..^$"{slug}.md".Length] + slug + "/");
        }
        var config = File.ReadAllText(Path.Combine(hugo, "config.toml"));
        Assert.Contains("paginate = 20", config);
        Assert.Contains("= \"/:year/:month/:slug/\"", config);
        foreach (var layout in new[] { "baseof", "single", "list", "terms", "taxonomy" })
            Assert.True(File.Exists(Path.Combine(hugo, "layouts", "_default", layout + ".html")), $"no {layout}.html");
    }

    private static IEnumerable<string> Markdown(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    [GeneratedRegex("""\]\(/congdoan/(\d{4}/\d{2}/[a-z0-9-]+/)\)""")]
    private static partial Regex ArticleLink();

    [GeneratedRegex("""\{\{\s*(value|percent)\s+"([^"]+)"\s*\}\}""")]
    private static partial Regex FigureCall();
}
