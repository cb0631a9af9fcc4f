using Microsoft.Playwright;

namespace Bantin.BrowserTests.Support;

/// <summary>Full-page screenshots at a phone's and a desktop's width, for people to look at.</summary>
public static class Screenshots
{
    public static readonly int[] Widths = [360, 1280];

    /// <summary>Takes the screenshot and returns its file, after checking it is as wide as the window.</summary>
    public static async Task<string> TakeAsync(SiteFixture site, string path, string name, int width, Func<IPage, Task>? prepare = null, ColorScheme scheme = ColorScheme.Light)
    {
        var (page, probe) = await site.OpenAsync(path, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 740 : 900 }, ColorScheme = scheme });
        if (prepare is not null) await prepare(page);
        var file = Path.Combine(Artifacts.Folder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        // The first screen alone as well: what a reader sees before scrolling, and small enough to look at.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder, $"{name}-{width}-screen.png") });
        await page.Context.CloseAsync();
        Assert.Empty(probe.Problems);
        var (w, h) = Artifacts.PngSize(file);
        Assert.Equal(width, w);
        Assert.True(h >= 400, $"{file}: only {h}px high");
        return file;
    }
}
