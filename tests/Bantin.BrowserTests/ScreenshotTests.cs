using Bantin.BrowserTests.Support;

namespace Bantin.BrowserTests;

/// <summary>Screenshots of the main page kinds on a phone and a desktop, written as test artifacts (see <see cref="Artifacts"/>).</summary>
[Collection(SiteCollection.Name)]
public sealed class ScreenshotTests(SiteFixture site)
{
    public static TheoryData<string, string, int> Shots
    {
        get
        {
            var data = new TheoryData<string, string, int>();
            foreach (var width in Screenshots.Widths)
            {
                data.Add("home", PageKinds.Home, width);
                data.Add("article", PageKinds.Article, width);
                data.Add("unit", PageKinds.Unit, width);
            }
            return data;
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Shots))]
    public async Task Screenshot(string name, string path, int width) => await Screenshots.TakeAsync(site, path, name, width);

    [BrowserTheory]
    [InlineData("article", PageKinds.Article)]
    [InlineData("unit", PageKinds.Unit)]
    public async Task Dark_screenshot_on_a_phone(string name, string path) =>
        await Screenshots.TakeAsync(site, path, name + "-dark", 360, scheme: Microsoft.Playwright.ColorScheme.Dark);
}
