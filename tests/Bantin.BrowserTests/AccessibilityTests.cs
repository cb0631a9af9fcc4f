using Bantin.BrowserTests.Support;
using Microsoft.Playwright;

namespace Bantin.BrowserTests;

/// <summary>axe-core finds no serious or critical WCAG 2.2 AA violation, in light and dark mode, on a phone and a desktop.</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string> Pages => new()
    {
        PageKinds.Home, PageKinds.Article, PageKinds.Category, PageKinds.Unit, PageKinds.UnitPeriod, PageKinds.Indicator,
        PageKinds.Tag, PageKinds.Tags, PageKinds.Year, PageKinds.Month, PageKinds.Page, PageKinds.NotFound,
    };

    [BrowserTheory(Tool.Chromium | Tool.Axe)]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_violation_on_a_desktop(string path) =>
        await AssertCleanAsync(path, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

    [BrowserTheory(Tool.Chromium | Tool.Axe)]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_violation_on_a_phone(string path) =>
        await AssertCleanAsync(path, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });

    [BrowserTheory(Tool.Chromium | Tool.Axe)]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_violation_in_dark_mode(string path) =>
        await AssertCleanAsync(path, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, ColorScheme = ColorScheme.Dark });

    private async Task AssertCleanAsync(string path, BrowserNewContextOptions options)
    {
        var (page, _) = await site.OpenAsync(path, options);
        var violations = await Axe.SeriousViolationsAsync(page);
        await page.Context.CloseAsync();
        Assert.True(violations.Count == 0, path + ":\n" + string.Join("\n", violations));
    }
}
