using Bantin.BrowserTests.Support;
using Microsoft.Playwright;

namespace Bantin.BrowserTests;

/// <summary>Printing an article or a unit's results: no header, menu or footer, and the target of each link on paper.</summary>
[Collection(SiteCollection.Name)]
public sealed class PrintTests(SiteFixture site)
{
    [BrowserTheory]
    [InlineData(PageKinds.Article)]
    [InlineData(PageKinds.Unit)]
    [InlineData(PageKinds.UnitPeriod)]
    public async Task Print_hides_navigation_and_prints_link_addresses(string path)
    {
        var (page, _) = await site.OpenAsync(path);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var selector in new[] { ".site-header", ".site-nav", ".site-footer", ".skip-link", ".font-size" })
            Assert.Equal("none", await page.EvaluateAsync<string>($"getComputedStyle(document.querySelector('{selector}')).display"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());

        // Every visible link in the main text prints its full address after it.
        var links = await page.EvaluateAsync<string[][]>(
            "[...document.querySelectorAll('main a[href]')].filter(a => a.offsetParent !== null && !a.closest('table') && !a.getAttribute('href').startsWith('#'))" +
            ".map(a => [a.href, getComputedStyle(a, '::after').content])");
        await page.Context.CloseAsync();
        Assert.NotEmpty(links);
        foreach (var link in links) Assert.Contains(link[0], link[1]);
    }

    [BrowserFact]
    public async Task Links_in_results_tables_print_no_address()
    {
        var (page, _) = await site.OpenAsync(PageKinds.UnitPeriod);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var after = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('main table a[href]')].map(a => getComputedStyle(a, '::after').content)");
        await page.Context.CloseAsync();
        Assert.NotEmpty(after);
        Assert.All(after, content => Assert.Equal("none", content));
    }

    [BrowserFact]
    public async Task The_screen_shows_no_link_addresses()
    {
        var (page, _) = await site.OpenAsync(PageKinds.Article);
        var after = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('main a[href]')].map(a => getComputedStyle(a, '::after').content)");
        await page.Context.CloseAsync();
        Assert.All(after, content => Assert.Equal("none", content));
    }
}
