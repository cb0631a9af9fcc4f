using Bantin.BrowserTests.Support;
using Microsoft.Playwright;

namespace Bantin.BrowserTests;

/// <summary>On a 360 px phone no page scrolls sideways; a wide table scrolls inside its own labelled, focusable region.</summary>
[Collection(SiteCollection.Name)]
public sealed class SmallScreenTests(SiteFixture site)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true };

    [BrowserTheory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task No_page_scrolls_sideways_at_360_px(string path)
    {
        var (page, _) = await site.OpenAsync(path, Phone);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var wide = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361 && !e.closest('.table-scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className)");
        await page.Context.CloseAsync();
        Assert.True(width <= 360, $"{path}: scrollWidth {width}: {string.Join(", ", wide)}");
    }

    [BrowserTheory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Every_table_that_scrolls_is_in_a_focusable_labelled_region(string path)
    {
        var (page, _) = await site.OpenAsync(path, Phone);
        var bad = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('main table')].map(t => { const box = t.closest('.table-scroll'); " +
            "if (!box) return 'table without .table-scroll: ' + (t.caption ? t.caption.textContent : t.className); " +
            "if (box.getAttribute('tabindex') !== '0' || box.getAttribute('role') !== 'region' || !(box.getAttribute('aria-label') || box.getAttribute('aria-labelledby'))) return 'unlabelled region: ' + box.outerHTML.slice(0, 120); " +
            "return ''; }).filter(s => s)");
        await page.Context.CloseAsync();
        Assert.True(bad.Length == 0, path + ": " + string.Join("\n", bad));
    }
}
