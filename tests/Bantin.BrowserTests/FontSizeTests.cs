using Bantin.BrowserTests.Support;

namespace Bantin.BrowserTests;

/// <summary>"Cỡ chữ A+ A-" changes the text size and the choice follows the reader to the next page.</summary>
[Collection(SiteCollection.Name)]
public sealed class FontSizeTests(SiteFixture site)
{
    private const string RootSize = "parseFloat(getComputedStyle(document.documentElement).fontSize)";
    private const string BodySize = "parseFloat(getComputedStyle(document.querySelector('main p, main li, main td') || document.body).fontSize)";

    [BrowserFact]
    public async Task A_plus_enlarges_the_text_and_the_size_is_kept_on_the_next_page()
    {
        var (page, probe) = await site.OpenAsync(PageKinds.Home);
        var before = await page.EvaluateAsync<double>(BodySize);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { NameRegex = new("^A\\+") }).ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { NameRegex = new("^A\\+") }).ClickAsync();
        var enlarged = await page.EvaluateAsync<double>(BodySize);
        Assert.True(enlarged >= before * 1.15, $"A+ twice: {before}px → {enlarged}px");

        await page.GotoAsync(site.Url(PageKinds.Article));
        var rootOnArticle = await page.EvaluateAsync<double>(RootSize);
        Assert.Equal(16 * 1.2, rootOnArticle, 1);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { NameRegex = new("^A-") }).ClickAsync();
        await page.GotoAsync(site.Url(PageKinds.Unit));
        Assert.Equal(16 * 1.1, await page.EvaluateAsync<double>(RootSize), 1);
        Assert.Empty(probe.Problems);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_new_reader_gets_the_normal_size()
    {
        var (page, _) = await site.OpenAsync(PageKinds.Article);
        Assert.Equal(16, await page.EvaluateAsync<double>(RootSize), 1);
        Assert.True(await page.Locator("[data-font-size]").IsVisibleAsync(), "the A+/A- buttons are shown when scripts run");
        await page.Context.CloseAsync();
    }
}
