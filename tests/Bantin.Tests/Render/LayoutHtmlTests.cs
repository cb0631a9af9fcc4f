using Bantin.Formatting;
using Bantin.Render;
using Bantin.Render.Data;
using Bantin.Render.Views;

namespace Bantin.Tests.Render;

/// <summary>
/// A unit × period page written whole in C# (<see cref="LayoutHtml"/> around <see cref="UnitPeriodHtml"/>) against the
/// built-in layout.html, header and footer drawn by Scriban: with and without a tagline, menu entries (one of them the
/// page itself), footer pages, a tags page, a description, and text that needs escaping.
/// </summary>
public sealed class LayoutHtmlTests
{
    public static TheoryData<string, string, int, int, string, string> Sites() => new()
    {
        // tagline, page description, menu entries, footer pages, tags url, language
        { "Vì đoàn viên & người lao động", "Cao Bằng – tháng 4/2019", 3, 0, "/cd/the/", "vi" },
        { "", "Cao Bằng – tháng 4/2019", 0, 2, "", "vi" },
        { "<b>", "", 5, 3, "/cd/the/?a&b", "en" },
        { "", "", 0, 0, "", "vi" },
    };

    [Theory]
    [MemberData(nameof(Sites))]
    public void Writes_what_the_theme_layout_draws(string tagline, string description, int menu, int pages, string tagsUrl, string language)
    {
        var nav = Enumerable.Range(0, menu).Select(i => new LinkView($"Mục <{i}> & “x”", i == 1 ? "/cd/don-vi/cb/2019-04/" : $"/cd/chuyen-muc/{i}/")).ToList();
        var footer = Enumerable.Range(0, pages).Select(i => new LinkView($"Trang {i} & <y>", $"/cd/trang-{i}/")).ToList();
        var site = new SiteView("Bản tin <Công đoàn> & “thử”", tagline, "https://example.org/cd/", "/cd/", language, language == "vi" ? "vi_VN" : "en_US",
            nav, footer, "/cd/feed.xml", tagsUrl, "/cd/tim-kiem/", "/cd/assets/", 2025);
        var strings = UiStrings.For(language == "vi" ? Language.Vi : Language.En);
        var table = new ResultsTableView("Cao Bằng – tháng 4/2019", [], false, "<table>\n  <tr><td>1</td></tr>\n</table>");
        var page = new UnitPeriodView("unit-period", "Liên đoàn <Lao động> tỉnh Cao Bằng – tháng 4/2019", "/cd/don-vi/cb/2019-04/",
            "https://example.org/cd/don-vi/cb/2019-04/?a&b", description, [new LinkView("LĐLĐ", "/cd/don-vi/cb/", true)], table, [], null, null, null);

        using var text = new PooledText(1024);
        LayoutHtml.Head(text, page, site, strings);
        UnitPeriodHtml.Write(text, page, site, strings);
        LayoutHtml.Tail(text, site, strings);

        Assert.Equal(Scriban(page, site, strings), text.ToString());
    }

    [Fact]
    public void Stands_for_every_template_the_layout_includes()
    {
        var includes = System.Text.RegularExpressions.Regex.Matches(
            new StreamReader(typeof(TemplateSet).Assembly.GetManifestResourceStream("theme/layout.html")!).ReadToEnd(), "include \"([^\"]+)\"");
        Assert.NotEmpty(includes);
        Assert.All(includes, m => Assert.Contains(m.Groups[1].Value, LayoutHtml.Templates));
    }

    // The page's template, then the layout, as PageRenderer draws them with Scriban's own include.
    private static string Scriban(UnitPeriodView page, SiteView site, UiStrings strings) =>
        ScribanReference.WithLayout(ScribanReference.Theme(), UnitPeriodHtml.Template, site, page, strings);
}
