using Bantin.BrowserTests.Support;

namespace Bantin.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class PageLoadTests(SiteFixture site)
{
    [BrowserTheory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Every_page_kind_loads_without_console_errors_or_failed_requests(string path)
    {
        var (page, probe) = await site.OpenAsync(path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        Assert.Empty(probe.Problems);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_missing_page_gets_the_404_page_with_status_404()
    {
        var (page, _) = await site.OpenAsync("khong-co-trang-nay/");
        var response = await page.GotoAsync(site.Url("khong-co-trang-nay/"));
        Assert.Equal(404, response!.Status);
        Assert.Equal(1, await page.Locator("body.kind-404").CountAsync());
        await page.Context.CloseAsync();
    }
}
