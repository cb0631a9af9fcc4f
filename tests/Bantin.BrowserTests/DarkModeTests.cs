using Bantin.BrowserTests.Support;
using Microsoft.Playwright;

namespace Bantin.BrowserTests;

/// <summary>The system's dark setting gives a dark page (axe checks its contrast in <see cref="AccessibilityTests"/>).</summary>
[Collection(SiteCollection.Name)]
public sealed class DarkModeTests(SiteFixture site)
{
    // Relative luminance of the body's background, 0 (black) to 1 (white), as WCAG defines it.
    private const string Luminance =
        "(() => { const c = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)" +
        ".map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)); return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; })()";

    [BrowserTheory]
    [InlineData(PageKinds.Home)]
    [InlineData(PageKinds.Article)]
    [InlineData(PageKinds.Unit)]
    public async Task A_dark_system_setting_gives_a_dark_page_and_a_light_one_a_light_page(string path)
    {
        var (dark, _) = await site.OpenAsync(path, new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var darkLuminance = await dark.EvaluateAsync<double>(Luminance);
        var text = await dark.EvaluateAsync<string>("getComputedStyle(document.querySelector('h1')).color");
        await dark.Context.CloseAsync();
        var (light, _) = await site.OpenAsync(path, new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var lightLuminance = await light.EvaluateAsync<double>(Luminance);
        await light.Context.CloseAsync();

        Assert.True(darkLuminance < 0.05, $"dark background luminance {darkLuminance}");
        Assert.True(lightLuminance > 0.9, $"light background luminance {lightLuminance}");
        Assert.NotEqual("rgb(29, 35, 43)", text);
    }
}
