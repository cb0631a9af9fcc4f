using Bantin.Formatting;
using Bantin.Render;
using Bantin.Render.Data;
using Bantin.Render.Views;

namespace Bantin.Tests.Render;

/// <summary>
/// The unit × period page written in C# (<see cref="UnitPeriodHtml"/>) against the built-in unit-period.html and its
/// partials drawn by Scriban, for pages with and without a note, child units, articles, a previous or next period,
/// missing values ("—"), negative values, percentages, and text that needs escaping.
/// </summary>
public sealed class UnitPeriodHtmlTests
{
    private static readonly SiteView Site = new("Thử", "", "https://example.org/", "/cd/", "vi", "vi_VN", [], [], "/feed.xml", "/the/", "/tim-kiem/", "/assets/", 2025);

    public static TheoryData<string, bool, int, int, bool, bool, int> Pages() => new()
    {
        // name, note, children (0: no child table), articles, previous, next, crumbs
        { "a month of a district", false, 0, 0, true, true, 3 },
        { "the first month", false, 0, 0, false, true, 2 },
        { "the last month", false, 0, 1, true, false, 2 },
        { "a single period", false, 0, 0, false, false, 1 },
        { "a derived year of a province", true, 3, 2, true, true, 2 },
        { "the federation", false, 10, 0, true, true, 1 },
        { "no breadcrumb", true, 1, 3, false, false, 0 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Writes_what_the_theme_templates_draw(string name, bool note, int children, int articles, bool previous, bool next, int crumbs)
    {
        var page = Page(note, children, articles, previous, next, crumbs);
        var strings = UiStrings.For(Language.Vi);
        using var text = new PooledText(1024);
        UnitPeriodHtml.Write(text, page, Site, strings);

        Assert.True(Scriban(page, strings) == text.ToString(), name);
    }

    [Fact]
    public void Stands_for_every_template_the_page_includes()
    {
        var theme = ScribanReference.Theme().Templates;
        var includes = System.Text.RegularExpressions.Regex.Matches(
            new StreamReader(typeof(TemplateSet).Assembly.GetManifestResourceStream("theme/unit-period.html")!).ReadToEnd(), "include \"([^\"]+)\"");
        Assert.All(includes, m => Assert.Contains(m.Groups[1].Value, UnitPeriodHtml.Templates));
        Assert.All(UnitPeriodHtml.Templates, name => Assert.True(theme.IsTheme(name)));
    }

    private static UnitPeriodView Page(bool note, int children, int articles, bool previous, bool next, int crumbs)
    {
        var trail = Enumerable.Range(0, crumbs).Select(i => new LinkView($"LĐLĐ <{i}> & \"Cao Bằng\"", $"/cd/don-vi/u{i}/?a=1&b=2", i == crumbs - 1)).ToList();
        var table = new ResultsTableView("Cao Bằng – tháng 4/2019", [], false,
            "<div class=\"table-scroll\">\n<table>\n  <tr><td>171.283</td><td>—</td><td>-12,5</td><td>97,29%</td></tr>\n\n</table>\n</div>\n<p class=\"note\">(*)</p>");
        var cards = Enumerable.Range(0, articles).Select(i => new ArticleCardView($"Bài <{i}> & “trích”", $"/cd/2019/04/bai-{i}/", "ngày", "10/04/2019",
            "2019-04-10T08:00:00+07:00", "", null, null, null, null, null, null)).ToList();
        ChildComparisonView? figures = null;
        if (children > 0)
        {
            var units = Enumerable.Range(0, children).Select(i => new LinkView($"Huyện {i} & <b>", $"/cd/don-vi/h{i}/2019-04/")).ToList();
            string[] values = ["1.020", "—", "-3", "97,29%", "790/812", "0"];
            var rows = Enumerable.Range(0, 4).Select(r => new ChildComparisonRow($"Chỉ tiêu {r} <x>", $"/cd/chi-tieu/{r}/",
                Enumerable.Range(0, children).Select(i => values[(r + i) % values.Length]).ToList())).ToList();
            figures = new ChildComparisonView("tháng 4/2019", units, rows);
        }
        return new UnitPeriodView("unit-period", "Liên đoàn <Lao động> tỉnh Cao Bằng – tháng 4/2019", "/cd/don-vi/cb/2019-04/",
            "https://example.org/cd/don-vi/cb/2019-04/", "d", trail, table, cards,
            previous ? new LinkView("tháng 3/2019", "/cd/don-vi/cb/2019-03/?x&y") : null,
            next ? new LinkView("tháng 5/2019", "/cd/don-vi/cb/2019-05/") : null, figures)
        {
            Note = note ? "Kỳ này <không> có báo cáo riêng & được tính" : null,
        };
    }

    // The built-in template drawn by Scriban, with Scriban's own include.
    private static string Scriban(UnitPeriodView page, UiStrings strings) =>
        ScribanReference.Page(ScribanReference.Theme(), UnitPeriodHtml.Template, Site, page, strings);
}
