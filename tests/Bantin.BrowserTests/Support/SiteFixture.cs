using Microsoft.Playwright;

namespace Bantin.BrowserTests.Support;

/// <summary>
/// Built once for all browser tests: the example site with base_url http://127.0.0.1:{port}/congdoan/, served by
/// Kestrel on that port, and one headless Debian chromium. Chromium is launched only when a test can use it, so a
/// machine without it still runs (and skips) the tests.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string SubPath = "/congdoan/";

    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Folder { get; private set; } = "";

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(Tools.Missing(Tool.Chromium) ?? "chromium did not start");

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        BaseUrl = $"http://127.0.0.1:{port}{SubPath}";
        Folder = BuiltSite.Build(BaseUrl);
        _server = await StaticSiteServer.StartAsync(Folder, port, SubPath);
        if (Tools.Missing(Tool.Chromium) is not null && !Tools.Required) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Tools.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context (own storage, viewport, colour scheme) and page, with a probe listening from the start.</summary>
    public async Task<(IPage Page, PageProbe Probe)> OpenAsync(string path, BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var probe = new PageProbe(page);
        await page.GotoAsync(Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, probe);
    }

    public string Url(string path) => BaseUrl + path.TrimStart('/');

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (Folder.Length > 0) Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
    }
}
