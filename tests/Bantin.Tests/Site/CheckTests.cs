using Bantin.Diagnostics;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class CheckTests
{
    private static BuildResult Check(TestSite site) =>
        new SiteBuilder().Build(new BuildOptions(site.Root, BuildTime: TestSite.BuildTime, CheckOnly: true));

    private static IReadOnlyList<string> Lines(BuildResult result) => result.Diagnostics.Select(d => d.ToLine()).ToList();

    [Fact]
    public void Broken_links_and_anchors_in_an_article_are_errors_at_their_markdown_position()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("A", "2020-01-01", body: "## Đoàn viên\n\nXem [bài B](/congdoan/2020/01/b/), [mục](#doan-vien), [sai](/congdoan/2020/01/khong-co/)\nvà [mục sai](/congdoan/2020/01/b/#khong-co), [ngoài](/khac/), [web](https://example.com/x).") +
            "-- content/b.md --\n" + Md.Article("B", "2020-01-02", body: "## Kết quả"));
        var result = Check(site);
        Assert.False(result.Succeeded);
        var lines = Lines(result);
        Assert.Equal(3, result.Errors.Count());
        Assert.Contains("content/a.md:7:55: error: Liên kết hỏng: \"/congdoan/2020/01/khong-co/\" không dẫn tới trang hay tệp nào của site.", lines);
        Assert.Contains("content/a.md:8:4: error: Liên kết \"/congdoan/2020/01/b/#khong-co\": trang có nhưng không có mục #khong-co.", lines);
        Assert.Contains(lines, l => l.StartsWith("content/a.md:8:46: error: Liên kết \"/khac/\" nằm ngoài đường dẫn gốc /congdoan/"));
    }

    [Fact]
    public void A_broken_link_from_a_template_is_reported_once()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("A", "2020-01-01") +
            "-- content/b.md --\n" + Md.Article("B", "2020-01-02") +
            "-- templates/partials/footer.html --\n<footer><a href=\"{{ site.base_path }}lien-he/\">Liên hệ</a></footer>\n");
        var error = Assert.Single(Check(site).Errors);
        Assert.Equal("templates", error.Span.File);
        Assert.Contains("/congdoan/lien-he/", error.Message);
    }

    [Fact]
    public void Image_without_alt_text_is_a_warning_and_check_still_succeeds()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("A", "2020-01-01", body: "![](anh.svg)\n\n![Có mô tả](anh.svg)") +
            "-- content/anh.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        var result = Check(site);
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, "content/a.md", 5, 1), (warning.Severity, warning.Span.File, warning.Span.Line, warning.Span.Column));
        Assert.StartsWith("Ảnh \"anh.svg\" không có mô tả (alt).", warning.Message);
    }

    private const string Data = """
        -- data/units.yaml --
        - id: cao-bang
          name: Liên đoàn Lao động tỉnh Cao Bằng
        -- data/indicators.yaml --
        - id: doan-vien-moi
          name: Phát triển đoàn viên mới
          measure: đoàn viên
          kind: flow
        - id: hoi-nghi
          name: Hội nghị CBCCVC
          measure: đơn vị
          kind: ratio
        - id: cdcs-moi
          name: Thành lập CĐCS mới
          measure: CĐCS
          kind: flow
        - id: lop-tap-huan
          name: Lớp tập huấn
          measure: lớp
          kind: flow
        - id: thu-kpcd
          name: Thu kinh phí công đoàn
          measure: "%"
          kind: rate
        -- data/results/cao-bang/2019-04.yaml --
        unit: cao-bang
        period: 2019-04
        values:
          doan-vien-moi: 1738
          hoi-nghi: { value: 790, of: 812 }
          thu-kpcd: 106.4
          cdcs-moi: 3
          lop-tap-huan: 3

        """;

    [Fact]
    public void Article_with_unit_and_period_but_no_results_is_a_warning_at_its_period()
    {
        using var site = TestSite.From(Data + "-- content/a.md --\n---\ntitle: A\ndate: 2019-06-01\nunit: cao-bang\nperiod: 2019-05\n---\nx\n");
        var warning = Assert.Single(Check(site).Diagnostics);
        Assert.Equal("content/a.md:5:9: warning: Bài viết báo cáo cao-bang, kỳ 2019-05, nhưng data/ chưa có kết quả nào cho đơn vị và kỳ này.", warning.ToLine());
    }

    [Fact]
    public void Numbers_typed_in_prose_that_the_data_holds_are_warnings_suggesting_value()
    {
        using var site = TestSite.From(Data + "-- content/a.md --\n---\ntitle: A\ndate: 2019-05-01\nunit: cao-bang\nperiod: 2019-04\n---\n" +
            "Phát triển 1.738 đoàn viên; Hội nghị CBCCVC có 790/812 đơn vị; thu đạt 106,4%; ngày 27/04/2019; {{ value \"doan-vien-moi\" }} người; 106,4 lần; 1738 lần.\n");
        var result = Check(site);
        Assert.True(result.Succeeded);
        var lines = Lines(result);
        // "1738 lần" is not 1.738 đoàn viên: a typed number is the data's only with the measure and the name around it.
        Assert.Equal(
            [
                "content/a.md:7:12: warning: Số 1.738 được gõ tay nhưng dữ liệu đã có (doan-vien-moi).",
                "content/a.md:7:48: warning: Số 790/812 được gõ tay nhưng dữ liệu đã có (hoi-nghi).",
                "content/a.md:7:72: warning: Số 106,4% được gõ tay nhưng dữ liệu đã có (thu-kpcd).",
            ],
            lines);
        Assert.Equal("Viết {{ value \"doan-vien-moi\" }} để số trên trang luôn khớp với dữ liệu.", result.Diagnostics[0].Fix);
    }

    [Fact]
    public void A_small_number_is_the_datas_only_when_its_measure_and_name_say_which_figure()
    {
        // cdcs-moi and lop-tap-huan both hold 3; "năm thứ 3" and "3 lần" hold neither.
        using var site = TestSite.From(Data + "-- content/a.md --\n---\ntitle: A\ndate: 2019-05-01\nunit: cao-bang\nperiod: 2019-04\n---\nTriển khai 03 lớp tập huấn; thành lập 03 CĐCS mới; năm thứ 3, họp 3 lần.\n");
        Assert.Equal(
            [
                "content/a.md:7:12: warning: Số 03 được gõ tay nhưng dữ liệu đã có (lop-tap-huan).",
                "content/a.md:7:39: warning: Số 03 được gõ tay nhưng dữ liệu đã có (cdcs-moi).",
            ],
            Lines(Check(site)));
    }

    [Fact]
    public void Check_writes_nothing_and_exits_1_on_errors_0_with_warnings()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01", body: "![](x.svg)") + "-- content/x.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        var (code, output, _) = site.Cli("check", "--site", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("content/a.md:5:1: warning:", output);
        Assert.Contains("Kiểm tra xong: 0 lỗi, 1 cảnh báo.", output);
        Assert.False(Directory.Exists(site.Output));

        site.Write("content/b.md", Md.Article("B", "2020-01-02", body: "[x](/congdoan/khong-co/)"));
        (code, output, _) = site.Cli("check", "--site", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("content/b.md:5:1: error: Liên kết hỏng", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Check_checks_drafts_and_future_articles_by_default_and_no_drafts_skips_them()
    {
        // Every article `new article` writes is a draft: a check that skipped drafts would check nothing being written.
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("A", "2020-01-01") +
            "-- content/draft.md --\n" + Md.Article("Nháp", "2020-01-02", body: "[x](/congdoan/khong-co/)", extra: "draft: true\n") +
            "-- content/future.md --\n" + Md.Article("Hẹn", "2099-01-02", body: "[y](/congdoan/cung-khong-co/)"));
        var (code, output, _) = site.Cli("check", "--site", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("content/draft.md:6:1: error: Liên kết hỏng", output);
        Assert.Contains("content/future.md:5:1: error: Liên kết hỏng", output);
        Assert.Contains("Kiểm tra xong: 2 lỗi, 0 cảnh báo.", output);

        (code, output, _) = site.Cli("check", "--site", site.Root, "--drafts");
        Assert.Equal((1, true), (code, output.Contains("Kiểm tra xong: 2 lỗi")));

        (code, output, _) = site.Cli("check", "--site", site.Root, "--no-drafts");
        Assert.Equal(0, code);
        Assert.Contains("Kiểm tra xong: 0 lỗi, 0 cảnh báo.", output);

        var (both, _, err) = site.Cli("check", "--site", site.Root, "--drafts", "--no-drafts");
        Assert.Equal(2, both);
        Assert.Contains("Không dùng --drafts và --no-drafts cùng lúc.", err);
    }
}
