using Bantin.BrowserTests.Support;
using Microsoft.Playwright;

namespace Bantin.BrowserTests;

/// <summary>
/// The portable build (<c>build --relative</c>) opened as an editor opens it from a USB stick: by double-clicking
/// index.html, so from file://, with no server. Its pages must be styled, its links must lead from page to page and
/// its images must show.
/// </summary>
public sealed class PortableBuildBrowserTests : IAsyncLifetime
{
    private const string Article = "2020/07/ung-hoa-xay-dung-cong-doan-vung-manh/index.html";

    private string _folder = "";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("bantin-portable-").FullName;
        var result = new SiteBuilder().Build(new BuildOptions(Repo.Root, Path.Combine(_folder, "site")) { Relative = true });
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Errors.Select(e => e.ToString())));
        if (Tools.Missing(Tool.Chromium) is not null && !Tools.Required) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Tools.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [BrowserFact]
    public async Task Opened_from_a_folder_the_home_page_is_styled_links_to_an_article_and_back_and_shows_images()
    {
        var page = await _browser!.NewPageAsync();
        var probe = new PageProbe(page);
        var home = new Uri(Path.Combine(_folder, "site", "index.html")).AbsoluteUri;

        await page.GotoAsync(home);
        Assert.Equal("#0b4a8b", await Brand(page));
        Assert.True(await Loaded(page, ".card-image img"), "a card image on the home page did not load");

        // Waiting for the address (and its load event) rather than for a load state: right after the click the old
        // page may still be the one asked, and the wait then raced the navigation.
        var article = new Uri(Path.Combine(_folder, "site", Article)).AbsoluteUri;
        await page.Locator($"main a[href='{Article}']").First.ClickAsync();
        await page.WaitForURLAsync(article, new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(article, page.Url);
        Assert.Equal("#0b4a8b", await Brand(page));
        Assert.True(await Loaded(page, ".prose img"), "the article's image did not load");

        await page.Locator("header a.site-title").ClickAsync();
        await page.WaitForURLAsync(home, new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(home, page.Url);

        // What a page loads (style sheets, scripts, images) all comes from the folder; only search's index may not.
        Assert.DoesNotContain(probe.Problems, p => p.Contains(".css") || p.Contains(".js") || p.Contains(".svg") || p.Contains(".png"));
    }

    /// <summary>
    /// A browser does not let a file:// page read other files (the search index), so search cannot work there: the
    /// search box still leads to the search page, which says the search could not load instead of waiting forever.
    /// </summary>
    [BrowserFact]
    public async Task Opened_from_a_folder_search_says_it_cannot_load()
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_folder, "site", "index.html")).AbsoluteUri);

        await page.Locator("header input[name=q]").FillAsync("đoàn viên");
        await page.Locator("header form.search-box button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.StartsWith(new Uri(Path.Combine(_folder, "site", "tim-kiem", "index.html")).AbsoluteUri, page.Url);
        var failed = await page.Locator("form[data-failed]").GetAttributeAsync("data-failed");
        await Assertions.Expect(page.Locator("[data-search-status]")).ToHaveTextAsync(failed!);
    }

    /// <summary>A custom property style.css sets on :root: present only when the style sheet applied.</summary>
    private static async Task<string> Brand(IPage page) =>
        (await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).getPropertyValue('--brand')")).Trim();

    private static Task<bool> Loaded(IPage page, string selector) =>
        page.EvaluateAsync<bool>($"(async () => {{ const img = document.querySelector({System.Text.Json.JsonSerializer.Serialize(selector)}); if (!img) return false; img.loading = 'eager'; try {{ await img.decode(); }} catch {{ return false; }} return img.naturalWidth > 0; }})()");

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_folder.Length > 0) Directory.Delete(_folder, recursive: true);
    }
}
