using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Tables and charts from figure calls wait in the Markdown as placeholders and are put back afterwards: the
/// placeholders cannot be typed by an editor, and putting them back is one pass however many there are.
/// </summary>
public sealed class FigurePlaceholderTests
{
    private const string Data = """
        -- site.yaml --
        title: Công đoàn thử
        base_url: https://example.org/congdoan/
        home_unit: vn

        """ + LaoCaiFigures.Files;

    private static TestSite Site(string body) => TestSite.From(Data +
        "-- content/a.md --\n---\ntitle: Kết quả\ndate: 2017-06-09\nunit: lao-cai\nperiod: 2017-01..2017-05\n---\n" + body + "\n");

    [Theory]
    [InlineData("BANTINFIGURE0END")]
    [InlineData("BANTINFIGURE1END")]
    [InlineData("BANTINFIGUREX0END BANTINFIGUREXX0END")]
    [InlineData("<p>BANTINFIGURE0END</p>")]
    public void Prose_that_spells_a_placeholder_is_printed_as_written(string prose)
    {
        using var site = Site($"Mã {prose} trong văn bản.\n\n{{{{ table [\"doan-vien-moi\"] }}}}\n\n{{{{ table [\"cdcs-moi\"] }}}}");
        site.BuildOk();
        var page = site.Page("/2017/06/ket-qua/");
        Assert.Equal(2, page.QuerySelectorAll(".prose table.results").Length);
        Assert.Contains(prose.Replace("<p>", "").Replace("</p>", ""), page.QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public void Hundreds_of_tables_come_back_in_order_each_out_of_its_paragraph()
    {
        var calls = Enumerable.Range(0, 400).Select(i => i % 2 == 0
            ? $"Bảng {i}: {{{{ table [\"doan-vien-moi\"] }}}} xong."
            : $"{{{{ table [\"cdcs-moi\"] }}}}");
        using var site = Site(string.Join("\n\n", calls));
        site.BuildOk();
        var html = site.Text("2017/06/ket-qua/index.html");
        Assert.DoesNotContain("BANTINFIGURE", html);
        Assert.DoesNotContain("<p></p>", html);
        var page = site.Page("/2017/06/ket-qua/");
        Assert.Equal("Bảng 0: xong.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("p table, p div"));
        var tables = page.QuerySelectorAll(".prose table.results").Select(t => t.TextContent).ToList();
        Assert.Equal(400, tables.Count);
        Assert.All(tables.Where((_, i) => i % 2 == 0), t => Assert.Contains("Phát triển đoàn viên mới", t));
        Assert.All(tables.Where((_, i) => i % 2 == 1), t => Assert.Contains("Thành lập công đoàn cơ sở mới", t));
    }
}
