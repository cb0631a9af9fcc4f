using Bantin.BrowserTests.Support;

namespace Bantin.BrowserTests;

/// <summary>
/// Ten years of monthly data (issue 14): on a unit page, a unit × period page and an indicator page, at a phone's and a
/// desktop's width, no chart label overlaps another (boxes measured in the browser), and screenshots are kept.
/// </summary>
public sealed class ChartLabelTests(TenYearSite site) : IClassFixture<TenYearSite>
{
    public static TheoryData<string, string, int> Pages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var width in Screenshots.Widths)
        {
            data.Add("don-vi/tinh/", "ten-years-unit", width);
            data.Add("don-vi/huyen-a/", "ten-years-district", width);
            data.Add(YearPage, "ten-years-unit-year", width);
            data.Add("chi-tieu/doan-vien-moi/", "ten-years-indicator", width);
            data.Add("chi-tieu/hoi-nghi-nld/", "ten-years-indicator-ratio", width);
        }
        return data;
    }

    /// <summary>The province's page for the year 2024, made from its districts' months (a derived period).</summary>
    private const string YearPage = "don-vi/tinh/2024/";

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task No_chart_label_overlaps_another_and_the_page_is_kept_as_a_screenshot(string path, string name, int width)
    {
        var page = await site.OpenAsync(path, width);
        var overlaps = await page.EvaluateAsync<string[]>("""
            () => {
              const out = [];
              const charts = [...document.querySelectorAll('svg.chart')];
              for (const svg of charts) {
                const labels = [...svg.querySelectorAll('text')].map(t => ({ text: t.textContent, box: t.getBoundingClientRect() }))
                  .filter(l => l.box.width > 0);
                for (let i = 0; i < labels.length; i++)
                  for (let j = i + 1; j < labels.length; j++) {
                    const a = labels[i].box, b = labels[j].box;
                    const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                    const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                    if (overlapX > 0.5 && overlapY > 0.5)
                      out.push(`${svg.id || svg.getAttribute('aria-labelledby')}: "${labels[i].text}" and "${labels[j].text}"`);
                  }
              }
              return out;
            }
            """);
        var charts = await page.EvaluateAsync<int>("document.querySelectorAll('svg.chart').length");
        var axisLabels = await page.EvaluateAsync<int>("document.querySelectorAll('svg.chart .x-labels text').length");
        var file = Path.Combine(Artifacts.Folder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder, $"{name}-{width}-screen.png") });
        // Close-ups at readable size: the first chart and the period grid, where there is one.
        foreach (var (selector, part) in new[] { ("figure.figure-block", "chart"), ("table.period-grid", "grid") })
            if (await page.QuerySelectorAsync(selector) is { } element)
                await element.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder, $"{name}-{width}-{part}.png") });
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await page.Context.CloseAsync();

        if (path != YearPage) // a period page draws no chart of its own; its screenshot is still wanted
        {
            Assert.True(charts > 0, $"{path}: no chart");
            Assert.True(axisLabels > 0, $"{path}: no axis labels");
        }
        Assert.True(overlaps.Length == 0, $"{path} at {width} px:\n" + string.Join("\n", overlaps));
        Assert.True(scrollWidth <= width, $"{path} at {width} px scrolls sideways ({scrollWidth} px)");
    }

    [BrowserFact]
    public async Task The_charts_are_kept_as_screenshots_in_dark_mode_and_in_print()
    {
        var dark = await site.OpenAsync("don-vi/huyen-a/", 1280, Microsoft.Playwright.ColorScheme.Dark);
        await dark.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder, "ten-years-district-dark-1280.png"), FullPage = true });
        var darkStroke = await dark.EvaluateAsync<string>("getComputedStyle(document.querySelector('svg.chart .series path')).stroke");
        await dark.Context.CloseAsync();

        var print = await site.OpenAsync("chi-tieu/doan-vien-moi/", 1280);
        await print.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await print.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder, "ten-years-indicator-print-1280.png"), FullPage = true });
        var printStroke = await print.EvaluateAsync<string>("getComputedStyle(document.querySelector('svg.chart .series path')).stroke");
        await print.Context.CloseAsync();

        Assert.Equal("rgb(140, 196, 255)", darkStroke); // --brand in dark mode: light lines on a dark page
        Assert.Equal("rgb(0, 0, 0)", printStroke);
    }
}
