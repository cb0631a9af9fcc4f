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
    private static readonly Gen<(string Text, bool Markdown)> HostileArticle = Gen.Select(
        FrontMatterLine.Array[0, 12], Gen.Int[0, 9], Gen.Frequency((4, Hostile.Word.Select(w => (w, false))), (1, MarkdownBodies.Body.Select(b => (b, true)))),
        (lines, shape, chosen) =>
        {
            var (body, markdown) = chosen;
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
            return (text, markdown);
        });

    /// <summary>Front matter that builds: valid title and date, odd text in every free-text field.</summary>
    private static readonly Gen<(string Text, bool Markdown)> MildArticle = Gen.Select(
        Hostile.Quoted, Gen.OneOf("2019-05-01 08:00", "2020-02-29", "2024-06-01T08:00:00+07:00", "2021-12-31 23:59"),
        Gen.Select(Gen.OneOf("author", "summary", "category", "slug"), Hostile.Quoted, (k, v) => $"{k}: {v}").Array[0, 4],
        Hostile.Quoted.Array[0, 4], Hostile.SafeWord,
        (title, date, fields, tags, body) => (Article($"title: {title}\ndate: {date}\n" + string.Join("\n", fields.DistinctBy(f => f.Split(':')[0])) + $"\ntags: [{string.Join(", ", tags)}]", body), false));

    private static string Article(string frontMatter, string body) => $"---\n{frontMatter}\n---\n{body}\n";

    private static readonly SiteFile ValidArticle = new("content/ok.md",
        Article("title: Bài hợp lệ\ndate: 2019-05-01 08:00\ncategory: Tin tức\nunit: cao-bang\nperiod: 2019-04", "Kết quả: {{ value \"doan-vien-moi\" }} đoàn viên."));

    /// <summary>(1) Front matter: the example data, one valid article and one to three hostile ones.</summary>
    public static readonly Gen<FuzzCase> FrontMatter = Gen.Frequency((1, HostileArticle), (1, MildArticle)).Array[1, 3].Select(articles =>
        new FuzzCase([.. ExampleSite.WithData, ValidArticle, .. articles.Select((a, i) => new SiteFile($"content/fuzz/a{i}.md", a.Text))], articles.Any(a => a.Markdown)));

    /// <summary>
    /// (2) Data files: the whole example site with one to three of its data files (or site.yaml) mutated from the real
    /// ones, and sometimes a new results file written by hand.
    /// </summary>
    public static readonly Gen<FuzzCase> Data = Gen.Select(
        Gen.Int[0, 1000].Array[1, 3], Gen.Bool, Gen.Frequency((1, Gen.Const(true)), (3, Gen.Const(false))), NewResults(),
        (picks, mild, addResults, results) => (picks, mild, addResults: addResults && !mild, results))
        .SelectMany(c =>
        {
            var mutable = ExampleSite.Data.Append(ExampleSite.SiteYaml).ToList();
            var targets = c.picks.Select(p => mutable[p % mutable.Count]).DistinctBy(f => f.Path).ToList();
            return targets.Select(f => (c.mild ? Mutation.MildOf(f.Text) : Mutation.Of(f.Text)).Select(text => new SiteFile(f.Path, text)))
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
    public static readonly Gen<FuzzCase> Markdown = Gen.Frequency(
        (1, Gen.Select(MarkdownBodies.Body.Array[1, 3], Gen.Bool, (bodies, withData) => MarkdownCase(bodies, withData, rawHtml: true))),
        (1, Gen.Select(MarkdownBodies.Mild.Array[1, 3], Gen.Bool, (bodies, withData) => MarkdownCase(bodies, withData, rawHtml: false))));

    private static readonly SiteFile Image = new("content/fuzz/anh.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>");

    private static FuzzCase MarkdownCase(string[] bodies, bool withData, bool rawHtml) =>
        new([.. ExampleSite.WithData, Image, .. bodies.Select((body, i) => new SiteFile($"content/fuzz/m{i}.md", Article(
            $"title: Bài {i}\ndate: 2019-05-0{i + 1} 08:00\ncategory: Tin tức/Thử\ntags: [thử]" + (withData ? "\nunit: cao-bang\nperiod: 2019-04" : ""), body)))], rawHtml);

    /// <summary>(4) Figure calls in prose, in an article that reports on one of the example's units and periods.</summary>
    public static readonly Gen<FuzzCase> Figures = Gen.Frequency((1, HostileFigures()), (1, MildFigures()));

    /// <summary>The example's own calls, some of them, in their own article's unit and period, among odd prose: they build.</summary>
    private static Gen<FuzzCase> MildFigures() =>
        Gen.Int[0, ExampleSite.FigureArticles.Count - 1].SelectMany(a =>
        {
            var (unit, period, calls) = ExampleSite.FigureArticles[a];
            return Gen.Select(Gen.Int[0, calls.Count - 1], Hostile.SafeWord, (c, w) => w + " " + calls[c]).Array[1, 8].Select(parts =>
                new FuzzCase([.. ExampleSite.WithData, new SiteFile("content/fuzz/figures.md", Article(
                    $"title: Số liệu\ndate: 2023-01-01 08:00\nunit: {unit}\nperiod: {period}", string.Join("\n\n", parts)))]));
        });

    private static Gen<FuzzCase> HostileFigures() => Gen.Select(
        Gen.Select(Hostile.Word, FigureCalls.Call, (w, call) => w + " " + call).Array[1, 8],
        Gen.OneOf(("cao-bang", "2019-04"), ("cao-bang", "2019-Q1"), ("lao-cai", "2017-01..2017-05"), ("nghe-an", "2022"), ("ha-noi/ung-hoa", "2020-H1"), ("tuyen-quang/na-hang", "2021")),
        (calls, where) => new FuzzCase([.. ExampleSite.WithData, new SiteFile("content/fuzz/figures.md", Article(
            $"title: Số liệu\ndate: 2023-01-01 08:00\nunit: {where.Item1}\nperiod: {where.Item2}", string.Join("\n\n", calls)))], RawHtml: true));
}
