using Bantin.Formatting;
using Bantin.Render;
using Bantin.Render.Views;
using Bantin.Tests.Support;

namespace Bantin.Tests.Render;

/// <summary>
/// An include printed where it stands is written straight into the page (<see cref="DirectInclude"/>); the page must
/// come out exactly as with Scriban's own include, which prints the included text as a string: indented lines, empty
/// lines, nested includes, loops, captures, pipes and arguments alike.
/// </summary>
public sealed class DirectIncludeTests
{
    private static readonly SiteView Site = new("Thử", "", "https://example.org/", "/", "vi", "vi_VN", [], [], "/feed.xml", "/the/", "/tim-kiem/", "/assets/", 2025);

    [Theory]
    [InlineData("<p>{{ include \"partials/a.html\" }}</p>", "a\nb\n")]
    [InlineData("<div>\n  {{ include \"partials/a.html\" }}\n</div>\n", "a\nb\n")]
    [InlineData("<div>\n  {{ include \"partials/a.html\" }}\n</div>\n", "a\n\nb")]
    [InlineData("<div>\n  {{ include \"partials/a.html\" }}\n</div>\n", "\n\na\n")]
    [InlineData("<div>\n  {{ include \"partials/a.html\" }}{{ include \"partials/a.html\" }}\n</div>\n", "x\ny\n")]
    [InlineData("<div>\n  {{~ include \"partials/a.html\" }}\n  {{ include \"partials/a.html\" ~}}\n</div>\n", "x\ny\n")]
    [InlineData("<div>\n  {{ include \"partials/a.html\" }} tail\n  next\n</div>\n", "x\n")]
    [InlineData("<div>\n  {{ include \"partials/a.html\" }} tail\n  next\n</div>\n", "x")]
    [InlineData("<div>\n  {{ include \"partials/a.html\" }}\n</div>\n", "")]
    [InlineData("<div>\n    {{ include \"partials/nest.html\" }}\n</div>\n", "in\nner\n")]
    [InlineData("<ul>\n  {{~ for i in 1..3 }}\n  {{ include \"partials/a.html\" }}\n  {{~ end }}\n</ul>\n", "<li>{{ i }}</li>\n")]
    [InlineData("{{ capture c }}\n  {{ include \"partials/a.html\" }}\n{{ end }}[{{ c }}][{{ c }}]", "x\ny\n")]
    [InlineData("{{ include \"partials/a.html\" | string.upcase }}|{{ x = include \"partials/a.html\" }}{{ x }}", "ă\nb\n")]
    [InlineData("  {{ include \"partials/args.html\" \"one\" \"two\" }}\n", "")]
    [InlineData("{{ if true }}\n  {{ include \"partials/a.html\" }}\n{{ end }}\n", "Đoàn\nviên\n")]
    [InlineData("\t{{ include \"partials/a.html\" }}\r\n", "a\r\nb\r\n")]
    public void Writes_what_Scribans_include_prints(string page, string partial)
    {
        var files = "-- templates/layout.html --\n{{ content }}\n"
            + $"-- templates/page.html --\n{page}\n"
            + $"-- templates/partials/a.html --\n{partial}\n"
            + "-- templates/partials/nest.html --\n<n>\n  {{ include \"partials/a.html\" }}\n  <m>{{ include \"partials/a.html\" }}</m>\n</n>\n"
            + "-- templates/partials/args.html --\n<{{ $1 }}|{{ $2 }}>\n<x>\n";
        using var site = TestSite.From(files);
        var runner = ScribanReference.Runner(site.Root);
        var model = new { Title = "Hà Nội" };
        var t = UiStrings.For(Language.Vi);

        var renderer = new PageRenderer(runner, Site, t);
        for (var i = 0; i < 2; i++)
            Assert.Equal(ScribanReference.WithLayout(runner, "page.html", Site, model, t), renderer.Render("page.html", model, "/p/"));
    }

}
