using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Render;
using Bantin.Render.Views;
using Bantin.Tests.Support;
using Scriban.Runtime;

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
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        var templates = TemplateSet.Load(site.Root, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        var runner = new TemplateRunner(templates);
        var model = new { Title = "Hà Nội" };

        var renderer = new PageRenderer(runner, Site, UiStrings.For(Language.Vi));
        for (var i = 0; i < 2; i++)
            Assert.Equal(Reference(runner, model), renderer.Render("page.html", model, "/p/"));
    }

    // Scriban's own include, which the site's globals put before Bantin's.
    private static string Reference(TemplateRunner runner, object model)
    {
        var globals = new ScriptObject();
        var context = runner.NewContext(globals);
        globals.SetValue("include", new Scriban.Functions.IncludeFunction(), true);
        globals.SetValue("site", Site, true);
        globals.SetValue("page", model, true);
        globals.SetValue("t", UiStrings.For(Language.Vi), true);
        var content = runner.Templates["page.html"].Render(context);
        globals.SetValue("content", content, true);
        return runner.Templates[PageRenderer.Layout].Render(context);
    }
}
