using Bantin.BrowserTests.Support;
using Microsoft.Playwright;

namespace Bantin.BrowserTests;

/// <summary>Images reserve their space before they load (no layout shift) and wait until they are scrolled to.</summary>
[Collection(SiteCollection.Name)]
public sealed class ImageBrowserTests(SiteFixture site)
{
    [BrowserTheory]
    [InlineData(PageKinds.Home)]
    [InlineData(PageKinds.Article)]
    [InlineData("2017/06/phat-trien-doan-vien-5-thang-2017/")]
    public async Task Every_image_has_a_size_loads_lazily_and_nothing_shifts(string path)
    {
        var (page, probe) = await site.OpenAsync(path, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var images = await page.EvaluateAsync<string[][]>(
            "[...document.querySelectorAll('main img')].map(i => [i.getAttribute('src'), i.getAttribute('width') || '', i.getAttribute('height') || '', i.loading, i.decoding])");
        Assert.NotEmpty(images);
        foreach (var image in images)
        {
            Assert.True(image[1].Length > 0 && image[2].Length > 0, $"{image[0]} has no width/height");
            Assert.Equal(("lazy", "async"), (image[3], image[4]));
        }

        // Scroll through the page so the lazy images load, then add up the layout shifts the browser saw.
        await page.EvaluateAsync("async () => { for (let y = 0; y < document.body.scrollHeight; y += 300) { window.scrollTo(0, y); await new Promise(r => setTimeout(r, 30)); } }");
        // Polled in the page: "networkidle" may already have been reached before the scroll, so it would not wait.
        var loaded = await page.WaitForFunctionAsync("[...document.querySelectorAll('main img')].every(i => i.complete && i.naturalWidth > 0)",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 }).ContinueWith(t => t.IsCompletedSuccessfully);
        var shift = await page.EvaluateAsync<double>(
            // The observer reports nothing when nothing shifted, so the sum is read after a short wait.
            "() => new Promise(resolve => { let sum = 0; new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })" +
            ".observe({ type: 'layout-shift', buffered: true }); setTimeout(() => resolve(sum), 500); })");
        await page.Context.CloseAsync();
        Assert.True(loaded, "every image loaded once scrolled to");
        Assert.True(shift < 0.01, $"cumulative layout shift {shift}");
        Assert.Empty(probe.Problems);
    }
}
