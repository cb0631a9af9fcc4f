using Bantin.Render.Data;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Unit × period pages are written in C# only while unit-period.html, layout.html and their partials are the theme's:
/// the example site's pages come out the same either way, and a site's own template is drawn exactly as it says.
/// </summary>
public sealed class UnitPeriodTemplateTests
{
    [Fact]
    public void Pages_written_in_code_are_the_pages_scriban_draws()
    {
        using var inCode = Example();
        using var drawn = Example();
        // The theme's own text as a site template: no longer the theme's, so Scriban draws every unit × period page.
        drawn.Write("templates/" + UnitPeriodHtml.Template, ThemeText(UnitPeriodHtml.Template));

        var expected = UnitPeriodPages(drawn);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, UnitPeriodPages(inCode));
    }

    [Theory]
    [InlineData("partials/child-figures.html", "{{ if child_figures }}<p class=\"mine\">{{ child_figures.period_label }}: {{ child_figures.units.size }}</p>{{ end }}", "<p class=\"mine\">tháng 4/2019: ", false)]
    [InlineData("partials/breadcrumb.html", "<p class=\"mine\">{{ page.breadcrumb.size }}</p>", "<p class=\"mine\">3</p>", true)]
    [InlineData("partials/results-table.html", "<p class=\"mine\">{{ table.rows.size }} {{ table.caption }}</p>", "<p class=\"mine\">", true)]
    [InlineData("partials/links.html", "<p class=\"mine\">{{ cards.size }}</p>", "<p class=\"mine\">", false)]
    [InlineData("unit-period.html", "<p class=\"mine\">{{ page.title }}</p>", "<p class=\"mine\">Liên đoàn Lao động tỉnh Cao Bằng – tháng 4/2019</p>", true)]
    [InlineData("partials/header.html", "<p class=\"mine\">{{ page.kind }}</p>", "<p class=\"mine\">unit-period</p>", true)]
    [InlineData("partials/footer.html", "<p class=\"mine\">{{ site.title }}</p>", "<p class=\"mine\">", true)]
    [InlineData("layout.html", "<p class=\"mine\">{{ page.title }}</p>{{ content }}", "<p class=\"mine\">Liên đoàn Lao động tỉnh Cao Bằng – tháng 4/2019</p>", true)]
    public void A_site_template_is_drawn_as_it_says(string template, string text, string expected, bool everyPage)
    {
        using var site = Example();
        site.Write("templates/" + template, text);
        site.BuildOk(time: TestSite.BuildTime.AddYears(2));

        var pages = Directory.GetFiles(Path.Combine(site.Output, "don-vi"), "index.html", SearchOption.AllDirectories)
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(Path.GetDirectoryName(f)!), "^[0-9]{4}")).Select(File.ReadAllText).ToList();
        Assert.Contains(pages, page => page.Contains(expected, StringComparison.Ordinal));
        if (everyPage) Assert.All(pages, page => Assert.Contains("<p class=\"mine\">", page));
    }

    private static TestSite Example()
    {
        var site = TestSite.From("-- site.yaml --\n" + File.ReadAllText(Path.Combine(Repo.Root, "site.yaml")));
        foreach (var folder in new[] { "content", "data", "templates" })
            foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(site.Root, Path.GetRelativePath(Repo.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, true);
            }
        return site;
    }

    private static string ThemeText(string name)
    {
        using var stream = typeof(UnitPeriodHtml).Assembly.GetManifestResourceStream("theme/" + name)!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static SortedDictionary<string, string> UnitPeriodPages(TestSite site)
    {
        site.BuildOk(time: TestSite.BuildTime.AddYears(2));
        var root = Path.Combine(site.Output, "don-vi");
        return new SortedDictionary<string, string>(Directory.GetFiles(root, "index.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText), StringComparer.Ordinal);
    }
}
