using Bantin.Preview;
using Bantin.Tests.Checks;
using Bantin.Tests.Support;

namespace Bantin.Tests.Preview;

/// <summary>
/// The preview shows the prose checker's warnings of the article being viewed in a small panel, added when the page is
/// served: the built files stay those of a full build.
/// </summary>
public sealed class ProsePanelTests
{
    private const string ArticleUrl = "/congdoan/2017/06/ket-qua/";

    private static string Article(string body) => $"""
        ---
        title: "Kết quả 5 tháng đầu năm 2017"
        date: 2017-06-09
        slug: ket-qua
        unit: lao-cai
        period: 2017-01..2017-05
        ---
        {body}

        """;

    private const string Wrong = "Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, đạt 80% chỉ tiêu TLĐ giao.";

    private static TestSite NewSite(string body) => TestSite.From(ProseCheckTests.Data + "-- content/tin/ket-qua.md --\n" + Article(body));

    private static AngleSharp.Dom.IElement? Panel(string html) => LivePreview.Parse(html).GetElementById(ProsePanel.ElementId);

    [Fact]
    public async Task The_article_page_lists_its_prose_warnings_with_line_column_and_fix()
    {
        using var site = NewSite(Wrong);
        await using var preview = await LivePreview.StartAsync(site);

        var page = (await preview.GetAsync(ArticleUrl)).Body;
        var panel = Panel(page);
        Assert.NotNull(panel);
        var item = Assert.Single(panel.QuerySelectorAll(".bantin-prose-warning"));
        Assert.Contains("8:59", item.TextContent);
        Assert.Contains("\"80%\" không khớp với dữ liệu: 75,2% (doan-vien-moi).", item.TextContent);
        Assert.Contains("{{ percent \"doan-vien-moi\" }}", item.TextContent);
        Assert.NotNull(panel.QuerySelector("button"));
        // Only the article's own page carries it, and no page carries the error overlay: the build was good.
        Assert.Null(Panel((await preview.GetAsync("/congdoan/")).Body));
        Assert.DoesNotContain(ErrorOverlay.ElementId, page);
    }

    [Fact]
    public async Task The_panel_is_added_when_serving_never_written_into_the_built_files()
    {
        using var site = NewSite(Wrong);
        await using var preview = await LivePreview.StartAsync(site);

        var served = (await preview.GetAsync(ArticleUrl)).Body;
        var onDisk = File.ReadAllText(Path.Combine(preview.Server.ServedFolder!, "2017", "06", "ket-qua", "index.html"));
        Assert.Contains(ProsePanel.ElementId, served);
        Assert.DoesNotContain(ProsePanel.ElementId, onDisk);
        var start = served.IndexOf("<div id=\"" + ProsePanel.ElementId, StringComparison.Ordinal);
        var end = served.IndexOf("</script>\n", start, StringComparison.Ordinal) + "</script>\n".Length;
        Assert.Equal(onDisk, served.Remove(start, end - start));
    }

    [Fact]
    public async Task A_body_edit_updates_the_panel_fixed_prose_clears_it_and_a_new_slip_shows()
    {
        using var site = NewSite(Wrong);
        await using var preview = await LivePreview.StartAsync(site);
        Assert.NotNull(Panel((await preview.GetAsync(ArticleUrl)).Body));

        site.Write("content/tin/ket-qua.md", Article(Wrong.Replace("80%", "75,2%")));
        await preview.PollAsync(ArticleUrl, html => html.Contains("75,2%") && Panel(html) is null, "the fixed article without the panel");

        site.Write("content/tin/ket-qua.md", Article("Tổng số 1.697 + 40 = 1.738 đoàn viên."));
        var slip = await preview.PollAsync(ArticleUrl, html => Panel(html) is not null, "the panel for the new slip");
        Assert.Contains("8:9", Panel(slip)!.TextContent);
        Assert.Contains("1.697 + 40 = 1.737", Panel(slip)!.TextContent);
    }
}
