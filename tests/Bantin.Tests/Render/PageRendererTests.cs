using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Render;
using Bantin.Render.Views;
using Bantin.Tests.Support;

namespace Bantin.Tests.Render;

/// <summary>
/// A thread reuses one template context page after page (Scriban's pools make that much cheaper than a context per
/// page); nothing a page's template sets may be seen by the next page, and a failed page must not break the next.
/// </summary>
public sealed class PageRendererTests
{
    private static readonly SiteView Site = new("Thử", "", "https://example.org/", "/", "vi", "vi_VN", [], [], "/feed.xml", "/the/", "/tim-kiem/", "/assets/", 2025);

    [Fact]
    public void A_variable_set_by_one_page_is_unknown_on_the_next()
    {
        var renderer = Renderer(
            "-- templates/layout.html --\n{{ content }}\n" +
            "-- templates/sets.html --\n{{ leak = page.title }}set\n" +
            "-- templates/reads.html --\n{{ leak }}\n");

        Assert.Equal("set\n\n", renderer.Render("sets.html", new { Title = "A" }, "/a/"));
        Assert.Null(renderer.Render("reads.html", new { Title = "B" }, "/b/"));
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        renderer.Report(bag);
        Assert.Contains("leak", Assert.Single(bag.Sorted()).Message);
    }

    [Fact]
    public void After_a_failed_page_the_next_page_renders_from_a_clean_context()
    {
        var renderer = Renderer(
            "-- templates/layout.html --\n<main>{{ content }}</main>\n" +
            "-- templates/fails.html --\n{{ for x in [1, 2] }}{{ capture y }}{{ if x == 2 }}{{ page.missing }}{{ end }}{{ end }}{{ end }}\n" +
            "-- templates/ok.html --\n{{ page.title }}\n");

        Assert.Null(renderer.Render("fails.html", new { Title = "A" }, "/a/"));
        Assert.Equal("<main>B\n</main>\n", renderer.Render("ok.html", new { Title = "B" }, "/b/"));
    }

    private static PageRenderer Renderer(string files)
    {
        using var site = TestSite.From(files);
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        var templates = TemplateSet.Load(site.Root, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return new PageRenderer(new TemplateRunner(templates), Site, UiStrings.For(Language.Vi));
    }
}
