using Bantin.Render;
using Bantin.Tests.Render;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class ThemeTests
{
    [Fact]
    public void Default_theme_has_header_nav_footer_font_size_control_and_print_css_without_external_requests()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01", "Tin tức"));
        site.BuildOk();
        var home = site.Page("/");
        Assert.Equal("vi", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Công đoàn thử", home.QuerySelector("header .site-title")!.TextContent);
        Assert.Equal("Vì đoàn viên", home.QuerySelector("header .tagline")!.TextContent);
        Assert.NotNull(home.QuerySelector("nav.site-nav a[href='/congdoan/chuyen-muc/tin-tuc/']"));
        Assert.NotNull(home.QuerySelector("footer"));
        Assert.NotNull(home.QuerySelector("a.skip-link[href='#main']"));
        // The visible "A+"/"A-" starts the accessible name (WCAG 2.5.3, label in name); hidden words say what it does.
        Assert.Equal(["A+", "A-"], home.QuerySelectorAll("[data-font-size] button").Select(b => b.FirstChild!.TextContent));
        Assert.All(home.QuerySelectorAll("[data-font-size] button .visually-hidden"), s => Assert.NotEmpty(s.TextContent.Trim()));
        Assert.NotNull(home.QuerySelector("link[rel=stylesheet][media=print]"));
        Assert.True(site.Exists("assets/style.css") && site.Exists("assets/print.css") && site.Exists("assets/site.js"));
        Assert.DoesNotContain(home.QuerySelectorAll("[src], link[href]"), e => (e.GetAttribute("src") ?? e.GetAttribute("href"))!.StartsWith("http") && e.GetAttribute("rel") != "canonical");
    }

    [Fact]
    public void Favicon_ico_at_the_root_holds_the_sites_32_pixel_icon_and_follows_an_override()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01", "Tin tức"));
        site.BuildOk();
        var png = File.ReadAllBytes(Path.Combine(site.Output, "assets/favicon-32.png"));
        var ico = File.ReadAllBytes(Path.Combine(site.Output, "favicon.ico"));
        Assert.Equal(FaviconIco.From(png), ico);

        // The site's own icon replaces the theme's, and favicon.ico with it.
        var own = FaviconIcoTests.Png(16, 16, extra: 40);
        Directory.CreateDirectory(Path.Combine(site.Root, "templates/assets"));
        File.WriteAllBytes(Path.Combine(site.Root, "templates/assets/favicon-32.png"), own);
        site.BuildOk();
        Assert.Equal(own, File.ReadAllBytes(Path.Combine(site.Output, "favicon.ico"))[22..]);
    }

    [Fact]
    public void English_site_switches_ui_strings_and_dates()
    {
        using var site = TestSite.From(
            "-- site.yaml --\ntitle: Union news\nlanguage: en\npage_size: 1\nbase_url: https://example.org/\n" +
            "-- content/a.md --\n" + Md.Article("A", "2019-04-27 14:23", "News") +
            "-- content/b.md --\n" + Md.Article("B", "2019-04-28 14:23", "News"));
        site.BuildOk();
        var page = site.Page("/2019/04/a/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Saturday, 27 April 2019 14:23", page.QuerySelector("article time")!.TextContent);
        Assert.Equal("More in this section", page.QuerySelector("#same-category")!.TextContent);
        Assert.Equal("Total: 2 | Page 1 of 2", site.Page("/").QuerySelector(".pager-line")!.TextContent);
    }

    [Fact]
    public void Site_templates_override_theme_files_and_assets_are_copied()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("A", "2020-01-01") +
            "-- templates/partials/footer.html --\n<footer class=\"mine\">{{ site.title }}</footer>\n" +
            "-- templates/assets/logo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n" +
            "-- templates/assets/style.css --\nbody{color:red}\n" +
            "-- templates/special.html --\n<p class=\"special\">{{ page.title }}</p>\n" +
            "-- content/b.md --\n" + Md.Article("B", "2020-01-02", extra: "layout: special\n"));
        site.BuildOk();
        Assert.Equal("Công đoàn thử", site.Page("/").QuerySelector("footer.mine")!.TextContent);
        Assert.True(site.Exists("assets/logo.svg"));
        Assert.Equal("body{color:red}\n", site.Text("assets/style.css"));
        Assert.Equal("B", site.Page("/2020/01/b/").QuerySelector("p.special")!.TextContent);
    }
}
