using Bantin.Tests.Data;
using Bantin.Tests.Support;

namespace Bantin.Tests.Revisions;

/// <summary>
/// A district corrects April's figure in June, after the April bulletin was published: the bulletin keeps the figure it
/// printed, with a note linking to the new one; the data pages print the new figure, marked; check warns.
/// </summary>
public sealed class RevisedFigureSiteTests
{
    private const string Article = """
        -- content/tin-tuc/thang-4.md --
        ---
        title: Kết quả tháng 4
        date: 2019-05-05
        unit: lao-cai
        period: 2019-04
        ---
        Tháng 4 kết nạp {{ value "doan-vien-moi" }} đoàn viên mới.

        """;

    private const string Given = """
        -- data/results/lao-cai/2019-04.yaml --
        unit: lao-cai
        period: 2019-04
        values:
          doan-vien-moi: 72
          ho-tro-mai-am: 110

        """;

    private const string Revised = """
        -- data/results/lao-cai/2019-04.yaml --
        unit: lao-cai
        period: 2019-04
        values:
          doan-vien-moi: 75
          ho-tro-mai-am: 110
        revisions:
          - date: 2019-06-10
            values:
              doan-vien-moi: 72

        """;

    private static TestSite Site(string data) => TestSite.From(DataTestSite.Catalog + data + Article);

    private static string ArticleUrl => "/2019/05/ket-qua-thang-4/";

    [Fact]
    public void The_article_keeps_the_figure_it_printed_with_a_note_linking_to_the_new_one()
    {
        using var site = Site(Revised);
        site.BuildOk();
        var body = site.Page(ArticleUrl).QuerySelector("main")!;
        Assert.Contains("kết nạp 72 đoàn viên mới", body.TextContent);
        var note = body.QuerySelector("p.revision-note")!;
        Assert.Equal("Số liệu đã được điều chỉnh ngày 10/06/2019 (Phát triển đoàn viên mới: 72 → 75), xem số mới.", note.TextContent);
        Assert.Equal("/congdoan/don-vi/lao-cai/2019-04/", note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void An_article_published_after_the_correction_prints_the_new_figure_without_a_note()
    {
        using var site = Site(Revised.Replace("2019-06-10", "2019-05-01"));
        site.BuildOk();
        var body = site.Page(ArticleUrl).QuerySelector("main")!;
        Assert.Contains("kết nạp 75 đoàn viên mới", body.TextContent);
        Assert.Null(body.QuerySelector("p.revision-note"));
    }

    [Fact]
    public void The_data_page_prints_the_new_figure_marked_with_the_date_and_the_earlier_figure()
    {
        using var site = Site(Revised);
        site.BuildOk();
        var cell = site.Page("/don-vi/lao-cai/2019-04/").QuerySelectorAll("table.results td")
            .First(td => td.TextContent.Contains("75"));
        Assert.Equal("(đã điều chỉnh ngày 10/06/2019, trước đó: 72)", cell.QuerySelector(".revision")!.TextContent);
    }

    [Fact]
    public void A_provisional_file_marks_its_figures_so_bo_on_data_pages_only()
    {
        using var site = Site(Given.Replace("period: 2019-04\n", "period: 2019-04\nstatus: provisional\n"));
        site.BuildOk();
        var cell = site.Page("/don-vi/lao-cai/2019-04/").QuerySelectorAll("table.results td").First(td => td.TextContent.Contains("72"));
        Assert.Equal("(sơ bộ)", cell.QuerySelector(".revision")!.TextContent);
        Assert.DoesNotContain("sơ bộ", site.Text("2019/05/ket-qua-thang-4/index.html"));
    }

    [Fact]
    public void Check_warns_at_the_call_with_the_old_and_new_figure()
    {
        using var site = Site(Revised);
        var result = new SiteBuilder().Build(new BuildOptions(site.Root, BuildTime: TestSite.BuildTime, CheckOnly: true));
        var warning = Assert.Single(result.Diagnostics, w => w.Severity == Bantin.Diagnostics.Severity.Warning && w.Message.Contains("điều chỉnh"));
        Assert.Equal("content/tin-tuc/thang-4.md:7:20: warning: Số liệu bài viết in ra ({{ value \"doan-vien-moi\" }} → 72) đã được điều chỉnh ngày 10/06/2019, nay là 75. Bài vẫn in số cũ, kèm ghi chú dẫn tới số mới.",
            warning.ToLine());
    }

    [Fact]
    public void The_article_bytes_change_only_by_the_note_when_the_correction_arrives()
    {
        using var site = Site(Given);
        site.BuildOk();
        var before = site.Text("2019/05/ket-qua-thang-4/index.html");
        site.Write("data/results/lao-cai/2019-04.yaml", TestSite.Parse(Revised).Single().Text);
        site.BuildOk();
        var after = site.Text("2019/05/ket-qua-thang-4/index.html");
        var note = after.IndexOf("\n<p class=\"revision-note\">", StringComparison.Ordinal);
        Assert.True(note > 0, after);
        var end = after.IndexOf("</p>", note, StringComparison.Ordinal) + "</p>".Length;
        Assert.Equal(before, after.Remove(note, end - note));
    }

    [Fact]
    public void A_second_build_is_byte_identical()
    {
        using var site = Site(Revised);
        site.BuildOk();
        var first = Snapshot(site.Output);
        site.BuildOk();
        Assert.Equal(first, Snapshot(site.Output));
    }

    [Fact]
    public void The_revised_data_page_is_dated_by_its_correction_in_the_sitemap()
    {
        using var site = Site(Revised);
        site.BuildOk();
        var sitemap = site.Text("sitemap.xml");
        var entry = sitemap[sitemap.IndexOf("/don-vi/lao-cai/2019-04/</loc>", StringComparison.Ordinal)..];
        Assert.StartsWith("/don-vi/lao-cai/2019-04/</loc>\n    <lastmod>2019-06-10T00:00:00+07:00</lastmod>", entry);
    }

    [Fact]
    public void A_preview_that_receives_the_correction_writes_what_a_full_build_writes()
    {
        using var session = new Bantin.Tests.Incremental.RebuildSession(Site(Given));
        session.RebuildOk();
        session.Site.Write("data/results/lao-cai/2019-04.yaml", TestSite.Parse(Revised).Single().Text);
        session.RebuildAndCompare();
        Assert.Contains("revision-note", session.Text("2019/05/ket-qua-thang-4/index.html"));
        session.Site.Write("data/results/lao-cai/2019-04.yaml", TestSite.Parse(Revised.Replace("2019-06-10", "2019-05-01")).Single().Text);
        session.RebuildAndCompare();
        Assert.DoesNotContain("revision-note", session.Text("2019/05/ket-qua-thang-4/index.html"));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
