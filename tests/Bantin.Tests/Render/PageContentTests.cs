using Bantin.Formatting;
using Bantin.Render;
using Bantin.Render.Views;
using Bantin.Tests.Support;

namespace Bantin.Tests.Render;

/// <summary>
/// <c>{{ content }}</c> in a layout takes the page template's output as bytes; every other use of <c>content</c> takes
/// its text. Either way the page must come out exactly as when the page template's output was a string the layout
/// printed (the reference below is that earlier code).
/// </summary>
public sealed class PageContentTests
{
    private static readonly SiteView Site = new("Thử", "", "https://example.org/", "/", "vi", "vi_VN", [], [], "/feed.xml", "/the/", "/tim-kiem/", "/assets/", 2025);

    [Theory]
    [InlineData("<main>\n{{ content }}\n</main>\n", "Xin chào {{ page.title }}\n")]
    [InlineData("<main>{{ content }}</main>", "Đoàn viên\n")]
    [InlineData("<main>{{ content }}</main>", "no newline at the end")]
    [InlineData("<main>{{ content }}</main>", "ends with a letter beyond ASCII: ă")]
    [InlineData("<main>{{ content }}</main>", "")]
    [InlineData("<div>\n  {{ content }}\n  {{ content }}\n</div>\n", "a\nb\n")]
    [InlineData("<div>\n{{ content }}\n  {{ \"x\\ny\" }}\n</div>\n", "a\n")]
    [InlineData("<div>\n{{ content }}  {{ \"x\\ny\" }}\n</div>\n", "a\n")]
    [InlineData("{{ content | string.size }}|{{ content | string.upcase }}", "Ábc\n")]
    [InlineData("{{ if content != \"\" }}[{{ content }}]{{ end }}", "x\n")]
    [InlineData("{{ capture c }}<{{ content }}>{{ end }}{{ c }}{{ c }}", "x\n")]
    [InlineData("{{ for i in 1..2 }}{{ content }}{{ end }}", "x\n")]
    [InlineData("{{ x = content }}{{ x }}{{ x }}", "y\n")]
    [InlineData("{{ include \"partials/wrap.html\" }}", "z\n")]
    [InlineData("  {{ include \"partials/wrap.html\" }}\n", "z\nw\n")]
    public void Prints_what_the_page_template_wrote_as_it_did_when_it_was_text(string layout, string page)
    {
        var files = $"-- templates/layout.html --\n{layout}\n-- templates/page.html --\n{page}\n-- templates/partials/wrap.html --\n<w>\n  {{{{ content }}}}\n</w>\n";
        using var site = TestSite.From(files);
        var runner = ScribanReference.Runner(site.Root);
        var model = new { Title = "Hà Nội" };
        var t = UiStrings.For(Language.Vi);

        var renderer = new PageRenderer(runner, Site, t);
        // The earlier code: the page template rendered to a string, set as `content`, then the layout rendered.
        for (var i = 0; i < 2; i++)
            Assert.Equal(ScribanReference.WithLayout(runner, "page.html", Site, model, t, scribanInclude: false), renderer.Render("page.html", model, "/p/"));
    }
}
