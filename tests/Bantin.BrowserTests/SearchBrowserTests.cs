using Bantin.BrowserTests.Support;

namespace Bantin.BrowserTests;

/// <summary>The search page at /tim-kiem/ in Chromium: it loads cleanly, passes axe, and finds words typed without tone marks.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchBrowserTests(SiteFixture site)
{
    public const string Path = "tim-kiem/";

    private void AssertSearchPageBuilt() =>
        Assert.True(File.Exists(System.IO.Path.Combine(site.Folder, "tim-kiem", "index.html")), "the example site has no tim-kiem/index.html");

    [BrowserTheory(Tool.Chromium | Tool.Axe)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_search_page_loads_cleanly_and_axe_finds_no_serious_violation(bool dark)
    {
        AssertSearchPageBuilt();
        var (page, probe) = await site.OpenAsync(Path, new() { ColorScheme = dark ? Microsoft.Playwright.ColorScheme.Dark : Microsoft.Playwright.ColorScheme.Light });
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        var violations = await Axe.SeriousViolationsAsync(page);
        await page.Context.CloseAsync();
        Assert.Empty(probe.Problems);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [BrowserTheory]
    [InlineData("doan vien", "đoàn viên")]
    [InlineData("ung hoa", "Ứng Hòa")]
    [InlineData("nghe an", "Nghệ An")]
    [InlineData("DOAN VIEN", "đoàn viên")]
    public async Task A_query_without_tone_marks_finds_the_marked_words(string query, string expected)
    {
        AssertSearchPageBuilt();
        var (page, probe) = await site.OpenAsync(Path);
        var titles = await page.EvaluateAsync<string[]>("async q => (await window.bantinSearch.query(q)).results.map(r => r.title)", query);
        await page.Context.CloseAsync();
        Assert.Empty(probe.Problems);
        Assert.NotEmpty(titles);
        Assert.Contains(titles, t => t.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [BrowserTheory]
    [InlineData("dai hoi", "/congdoan/2023/01/nghe-an-thuc-hien-nghi-quyet-04/")]
    [InlineData("Lao Cai", "/congdoan/2017/06/phat-trien-doan-vien-5-thang-2017/")]
    public async Task A_query_without_tone_marks_finds_words_in_the_body(string query, string url)
    {
        AssertSearchPageBuilt();
        var (page, probe) = await site.OpenAsync(Path);
        var urls = await page.EvaluateAsync<string[]>("async q => (await window.bantinSearch.query(q)).results.map(r => r.url)", query);
        await page.Context.CloseAsync();
        Assert.Empty(probe.Problems);
        Assert.Contains(url, urls);
    }

    [BrowserTheory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Screenshot_of_the_search_page(int width)
    {
        AssertSearchPageBuilt();
        await Screenshots.TakeAsync(site, Path + "?q=doan+vien", "search", width, page => page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle));
    }
}
