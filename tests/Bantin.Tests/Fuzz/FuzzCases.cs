using CsCheck;

namespace Bantin.Tests.Fuzz;

/// <summary>The four kinds of generated site: hostile front matter, mutated data files, Markdown bodies and figure calls.</summary>
public static class FuzzCases
{
    private static readonly string[] ArticleKeys = ["title", "date", "author", "category", "tags", "unit", "period", "summary", "image", "slug", "draft", "layout"];

    private static readonly Gen<string> Category = Hostile.Word.Array[1, 4].Select(parts => string.Join("/", parts));

    /// <summary>A value near what the key expects, or anything at all.</summary>
    private static Gen<string> ValueFor(string key) => Gen.Frequency(
        (3, key switch
        {
            "date" => Hostile.Date,
            "category" => Category,
            "tags" => Hostile.Word.Array[0, 5].Select(t => "[" + string.Join(", ", t) + "]"),
            "unit" => Gen.Frequency((3, Gen.OneOf([.. ExampleSite.UnitIds])), (1, Hostile.Word)),
            "period" => Hostile.Period,
            "draft" => Gen.OneOf("true", "false", "yes", "no", "1", "0", "\"true\"", ""),
            "layout" => Gen.OneOf("article.html", "page.html", "home.html", "khong-co.html", "../site.yaml", "404.html", ""),
            "image" => Gen.OneOf("anh.svg", "ảnh hội nghị.png", "https://example.com/a.png", "a.png\" onerror=\"x", "", "/abs.png", "x"),
            _ => Hostile.Word,
        }),
        (2, Hostile.Scalar));

    private static readonly Gen<string> FrontMatterLine = Gen.Frequency(
        (8, Gen.OneOf(ArticleKeys).SelectMany(key => ValueFor(key).Select(value => $"{key}: {value}"))),
        (2, Gen.Select(Hostile.Word, Hostile.Scalar, (k, v) => $"{k}: {v}")),
        (1, Gen.Select(Gen.OneOf(ArticleKeys), Hostile.Word, Hostile.Scalar, (k, sub, v) => $"{k}:\n  {sub}: {v}\n  - {v}")),
        (1, Hostile.Scalar));

    /// <summary>An article file: front matter (sometimes broken at its fences or line ends), then a short body.</summary>
    private static readonly Gen<string> HostileArticle = Gen.Select(
        FrontMatterLine.Array[0, 12], Gen.Int[0, 9], Gen.Frequency((4, Hostile.Word), (1, MarkdownBodies.Body)),
        (lines, shape, body) =>
        {
            var matter = string.Join("\n", lines);
            var text = shape switch
            {
                0 => $"---\n{matter}\n{body}",                // never closed
                1 => $"\uFEFF---\n{matter}\n---\n{body}",     // byte-order mark
                2 => $"---\r\n{matter.Replace("\n", "\r\n")}\r\n---\r\n{body}",
                3 => $"+++\n{matter}\n+++\n{body}",
                4 => $"---\n---\n{body}",
                5 => $"---\n{matter}\n---\n---\n{matter}\n---\n{body}",
                6 => $"  ---\n{matter}\n---\n{body}",
                _ => $"---\n{matter}\n---\n{body}",
            };
            return text;
        });

    private static string Article(string frontMatter, string body) => $"---\n{frontMatter}\n---\n{body}\n";

    private static readonly SiteFile ValidArticle = new("content/ok.md",
        Article("title: Bài hợp lệ\ndate: 2019-05-01 08:00\ncategory: Tin tức\nunit: cao-bang\nperiod: 2019-04", "Kết quả: {{ value \"doan-vien-moi\" }} đoàn viên."));

    /// <summary>(1) Front matter: the example data, one valid article and one to three hostile ones.</summary>
    public static readonly Gen<FuzzCase> FrontMatter = HostileArticle.Array[1, 3].Select(articles =>
        new FuzzCase([.. ExampleSite.WithData, ValidArticle, .. articles.Select((a, i) => new SiteFile($"content/fuzz/a{i}.md", a))]));

    /// <summary>
    /// (2) Data files: the whole example site with one to three of its data files (or site.yaml) mutated from the real
    /// ones, and sometimes a new results file written by hand.
    /// </summary>
    public static readonly Gen<FuzzCase> Data = Gen.Select(
        Gen.Int[0, 1000].Array[1, 3], Gen.Int[0, 1000].Array[3], Gen.Bool, NewResults(),
        (picks, seeds, addResults, results) => (picks, seeds, addResults, results))
        .SelectMany(c =>
        {
            var mutable = ExampleSite.Data.Append(ExampleSite.SiteYaml).ToList();
            var targets = c.picks.Select(p => mutable[p % mutable.Count]).DistinctBy(f => f.Path).ToList();
            return targets.Select(f => Mutation.Of(f.Text).Select(text => new SiteFile(f.Path, text)))
                .Aggregate(Gen.Const(Array.Empty<SiteFile>()), (all, one) => Gen.Select(all, one, (files, file) => (SiteFile[])[.. files, file]))
                .Select(changed => new FuzzCase(ExampleSite.Replace([.. ExampleSite.WithData, .. ExampleSite.Content],
                    c.addResults ? [.. changed, c.results] : changed)));
        });

    private static Gen<SiteFile> NewResults() => Gen.Select(
        Gen.OneOf([.. ExampleSite.UnitIds]), Hostile.Period, Gen.Frequency((3, Gen.OneOf([.. ExampleSite.UnitIds])), (1, Hostile.Word)),
        Gen.Select(Gen.OneOf([.. ExampleSite.IndicatorIds]), Gen.Frequency(
            (4, Hostile.Number),
            (1, Gen.Select(Hostile.Number, Hostile.Number, (v, of) => $"{{ value: {v}, of: {of} }}")),
            (1, Gen.Select(Hostile.Number, Hostile.Word, Hostile.Number, (t, k, v) => $"{{ total: {t}, by: {{ {k}: {v} }} }}")),
            (1, Hostile.Scalar))).Array[0, 8],
        (folder, period, unit, values) => new SiteFile(
            $"data/results/{folder}/fuzz-{Math.Abs(period.GetHashCode() % 1000)}.yaml",
            $"unit: {unit}\nperiod: {period}\nvalues:\n" + string.Concat(values.Select(v => $"  {v.Item1}: {v.Item2}\n"))));

    /// <summary>(3) Markdown bodies, in articles whose front matter is valid (with and without a unit and period).</summary>
    public static readonly Gen<FuzzCase> Markdown = Gen.Select(MarkdownBodies.Body.Array[1, 3], Gen.Bool, (bodies, withData) =>
        new FuzzCase([.. ExampleSite.WithData, .. bodies.Select((body, i) => new SiteFile($"content/fuzz/m{i}.md", Article(
            $"title: Bài {i}\ndate: 2019-05-0{i + 1} 08:00\ncategory: Tin tức/Thử\ntags: [thử]" + (withData ? "\nunit: cao-bang\nperiod: 2019-04" : ""), body)))]));

    /// <summary>(4) Figure calls in prose, in an article that reports on one of the example's units and periods.</summary>
    public static readonly Gen<FuzzCase> Figures = Gen.Select(
        Gen.Select(Hostile.Word, FigureCalls.Call, (w, call) => w + " " + call).Array[1, 8],
        Gen.OneOf(("cao-bang", "2019-04"), ("cao-bang", "2019-Q1"), ("lao-cai", "2017-01..2017-05"), ("nghe-an", "2022"), ("ha-noi/ung-hoa", "2020-H1"), ("tuyen-quang/na-hang", "2021")),
        (calls, where) => new FuzzCase([.. ExampleSite.WithData, new SiteFile("content/fuzz/figures.md", Article(
            $"title: Số liệu\ndate: 2023-01-01 08:00\nunit: {where.Item1}\nperiod: {where.Item2}", string.Join("\n\n", calls)))]));
}
