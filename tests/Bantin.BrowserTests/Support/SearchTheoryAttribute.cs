namespace Bantin.BrowserTests.Support;

/// <summary>
/// A browser theory for the search page, which the search branch adds. Until then (this branch only) it skips: the
/// theme has no search.js and never mentions window.bantinSearch. The check runs at discovery, before any site is
/// built, because xunit 2 cannot skip from inside a test. Once the search theme is merged the tests run and require
/// the page. (UrlScheme already reserves tim-kiem/, so that name proves nothing.)
/// </summary>
public sealed class SearchTheoryAttribute : TheoryAttribute
{
    public SearchTheoryAttribute(Tool needs = Tool.Chromium)
    {
        if (!Tools.Required && Tools.Missing(needs) is { } reason) Skip = reason;
        else if (!SearchBuilt) Skip = "The generator has no search page (/tim-kiem/) yet: it comes from the search branch.";
    }

    public static bool SearchBuilt { get; } = Directory.EnumerateFiles(Path.Combine(Repo.Root, "generator", "Theme"), "*", SearchOption.AllDirectories)
        .Any(f => Path.GetFileName(f) == "search.js" || File.ReadAllText(f).Contains("bantinSearch", StringComparison.Ordinal));
}
