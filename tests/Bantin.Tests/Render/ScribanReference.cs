using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Render;
using Bantin.Render.Views;
using Bantin.Tests.Support;
using Scriban.Runtime;

namespace Bantin.Tests.Render;

/// <summary>
/// Pages drawn the plain way, as before Bantin's shortcuts (<see cref="PageContent"/>, <see cref="DirectInclude"/>,
/// UnitPeriodHtml, LayoutHtml): the page's template rendered to a string by Scriban, set as <c>content</c>, then the
/// layout. The tests of each shortcut compare its bytes with these.
/// </summary>
internal static class ScribanReference
{
    /// <summary>The templates of a site's folder (the built-in theme's where it has none), loaded without errors.</summary>
    public static TemplateRunner Runner(string siteRoot)
    {
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        var templates = TemplateSet.Load(siteRoot, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Sorted()));
        return new TemplateRunner(templates);
    }

    /// <summary>The built-in theme's templates alone.</summary>
    public static TemplateRunner Theme()
    {
        using var empty = TestSite.From("-- content/x.md --\n");
        return Runner(empty.Root);
    }

    /// <summary>The page's template alone; <paramref name="scribanInclude"/> puts Scriban's own include before Bantin's.</summary>
    public static string Page(TemplateRunner runner, string template, SiteView site, object page, UiStrings t, bool scribanInclude = true) =>
        Draw(runner, template, site, page, t, scribanInclude, layout: false);

    /// <summary>The page's template, then layout.html around it.</summary>
    public static string WithLayout(TemplateRunner runner, string template, SiteView site, object page, UiStrings t, bool scribanInclude = true) =>
        Draw(runner, template, site, page, t, scribanInclude, layout: true);

    private static string Draw(TemplateRunner runner, string template, SiteView site, object page, UiStrings t, bool scribanInclude, bool layout)
    {
        var globals = new ScriptObject();
        var context = runner.NewContext(globals);
        if (scribanInclude) globals.SetValue("include", new Scriban.Functions.IncludeFunction(), true);
        globals.SetValue("site", site, true);
        globals.SetValue("page", page, true);
        globals.SetValue("t", t, true);
        var content = runner.Templates[template].Render(context);
        if (!layout) return content;
        globals.SetValue("content", content, true);
        return runner.Templates[PageRenderer.Layout].Render(context);
    }
}
