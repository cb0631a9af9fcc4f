using Bantin.Tests.Support;

namespace Bantin.Tests.Incremental;

/// <summary>
/// A preview rebuild after any edit must equal a full build of the same files, byte for byte, while drawing and
/// writing only what the edit touched.
/// </summary>
public sealed class IncrementalBuildTests
{
    private const string Data = """
        -- site.yaml --
        title: Công đoàn thử
        base_url: https://example.org/congdoan/
        home_unit: vn
        page_size: 2
        -- data/units.yaml --
        - id: vn
          name: Tổng Liên đoàn Lao động Việt Nam
          short: TLĐ
        - id: lao-cai
          name: Liên đoàn Lao động tỉnh Lào Cai
          short: LĐLĐ tỉnh Lào Cai
          parent: vn
        - id: cao-bang
          name: Liên đoàn Lao động tỉnh Cao Bằng
          short: LĐLĐ tỉnh Cao Bằng
          parent: vn
        -- data/indicators.yaml --
        - id: doan-vien-moi
          name: Phát triển đoàn viên mới
          measure: đoàn viên
          kind: flow
        -- data/results/lao-cai/2017-01..2017-05.yaml --
        unit: lao-cai
        period: 2017-01..2017-05
        values:
          doan-vien-moi: 1128
        -- data/results/cao-bang/2017-06.yaml --
        unit: cao-bang
        period: 2017-06
        values:
          doan-vien-moi: 212
        -- data/targets/lao-cai/2017-vn.yaml --
        unit: lao-cai
        period: 2017
        set_by: vn
        targets:
          doan-vien-moi: 1500

        """;

    private const string Figures = "---\ntitle: Kết quả 5 tháng\ndate: 2017-06-09 15:00\ncategory: Tin tức/Hoạt động\ntags: [đoàn viên]\n"
        + "unit: lao-cai\nperiod: 2017-01..2017-05\n---\nPhát triển {{ value \"doan-vien-moi\" }} đoàn viên, đạt {{ percent \"doan-vien-moi\" }}.\n\n![Ảnh hội nghị](anh.png)\n";

    private static RebuildSession Session(bool deferSearch) => new(TestSite.From(Data +
        "-- content/2017/ket-qua.md --\n" + Figures +
        "-- content/a.md --\n" + Md.Article("Đại hội Công đoàn cơ sở", "2017-05-02 08:00", "Tin tức", "đại hội, đoàn viên", "Đoạn đầu của bài A.") +
        "-- content/b.md --\n" + Md.Article("Hội nghị người lao động", "2017-04-20 08:00", "Tin tức/Hoạt động", "hội nghị", "Đoạn đầu của bài B.") +
        "-- content/c.md --\n" + Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Đoạn đầu của bài C.") +
        "-- content/d.md --\n" + Md.Article("Mái ấm Công đoàn", "2016-12-01 08:00", "Chính sách", null, "Đoạn đầu của bài D.") +
        "-- content/pages/gioi-thieu.md --\n---\ntitle: Giới thiệu\n---\nVề chúng tôi.\n"), deferSearch);

    /// <summary>The test site, built once the way the preview first builds it; shared with <see cref="BodyEditRebuildTests"/>.</summary>
    internal static RebuildSession Started(bool deferSearch = true)
    {
        var session = Session(deferSearch);
        File.WriteAllBytes(Path.Combine(session.Site.Root, "content/2017/anh.png"), TinyPng);
        session.RebuildAndCompare();
        return session;
    }

    // A 1×1 PNG, so that image handling sees a real image.
    internal static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    [Fact]
    public void The_first_build_equals_a_full_build_and_a_rebuild_without_changes_writes_and_draws_nothing()
    {
        using var session = Started();
        var again = session.RebuildAndCompare();
        Assert.Equal(0, again.PagesWritten);
        Assert.Equal(0, again.FilesWritten);
    }

    [Fact]
    public void Editing_an_article_body_draws_its_own_page_and_the_lists_showing_its_summary_only()
    {
        using var session = Started();
        var untouched = session.WrittenAt("2016/12/mai-am-cong-doan/index.html");
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Một đoạn đầu mới hẳn."));
        var result = session.RebuildAndCompare();
        Assert.Contains("Một đoạn đầu mới hẳn.", session.Text("2017/03/thang-cong-nhan/index.html"));
        Assert.Equal(untouched, session.WrittenAt("2016/12/mai-am-cong-doan/index.html"));
        Assert.InRange(result.PagesWritten, 1, 12);
    }

    [Fact]
    public void Editing_an_article_body_below_its_lead_paragraph_draws_its_own_page_only()
    {
        using var session = Started();
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên",
            "Đoạn đầu của bài C.\n\nMột đoạn sau mới thêm."));
        var result = session.RebuildAndCompare();
        Assert.Contains("Một đoạn sau mới thêm.", session.Text("2017/03/thang-cong-nhan/index.html"));
        Assert.Equal(["2017/03/thang-cong-nhan/"], result.Redrawn);
    }

    [Fact]
    public void Editing_a_lead_paragraph_updates_the_cards_of_every_list_that_shows_it()
    {
        using var session = Started();
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Đoạn đầu đã viết lại."));
        var result = session.RebuildAndCompare();
        Assert.Contains("Đoạn đầu đã viết lại.", session.Text("chuyen-muc/chinh-sach/index.html"));
        Assert.Contains("chuyen-muc/chinh-sach/", result.Redrawn);
    }

    [Fact]
    public void The_search_index_follows_right_after_the_pages_the_editor_waits_for()
    {
        using var session = Started();
        var before = session.Snapshot("tim-kiem");
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Hội thao truyền thống."));
        var pages = session.Rebuild(finish: false);
        Assert.True(pages.Succeeded);
        Assert.Contains("Hội thao truyền thống.", session.Text("2017/03/thang-cong-nhan/index.html"));
        var waiting = session.Snapshot("tim-kiem");
        Assert.Equal(before.Keys.Order(), waiting.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, waiting[file.Key]));

        Assert.InRange(session.Finish(), 1, 100);
        session.AssertSameAsFullBuild();
    }

    [Fact]
    public void A_search_write_cancelled_by_a_newer_save_leaves_the_index_as_it_was_and_is_done_later()
    {
        using var session = Started();
        var before = session.Snapshot("tim-kiem");
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Hội thao truyền thống."));
        Assert.True(session.Rebuild(finish: false).Succeeded);

        Assert.Throws<OperationCanceledException>(() => session.Finish(new CancellationToken(canceled: true)));
        var after = session.Snapshot("tim-kiem");
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));

        // Still to do: the next quiet moment writes it.
        Assert.InRange(session.Finish(), 1, 100);
        session.AssertSameAsFullBuild();
        Assert.Equal(0, session.Finish());
    }

    [Fact]
    public void A_newer_good_build_replaces_a_search_write_still_to_do_and_a_failed_one_keeps_it()
    {
        using var session = Started();
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Hội thao truyền thống."));
        Assert.True(session.Rebuild(finish: false).Succeeded);

        // A broken save: its build fails, and the last good build's search is what is still to write.
        session.Site.Write("content/b.md", "---\ntitle: [\n---\nHỏng.\n");
        Assert.False(session.Rebuild(finish: false).Succeeded);
        session.Site.Write("content/b.md", Md.Article("Hội nghị người lao động", "2017-04-20 08:00", "Tin tức/Hoạt động", "hội nghị", "Đoạn đầu của bài B."));
        Assert.InRange(session.Finish(), 1, 100);
        Assert.Contains("Hội thao", string.Concat(session.Snapshot("tim-kiem").Values.Select(System.Text.Encoding.UTF8.GetString)));

        // A good build after a write still to do: only its own search is written, and it matches a full build.
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Giải bóng đá công nhân."));
        Assert.True(session.Rebuild(finish: false).Succeeded);
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Giải cầu lông công nhân."));
        Assert.True(session.Rebuild(finish: false).Succeeded);
        Assert.InRange(session.Finish(), 1, 100);
        Assert.Equal(0, session.Finish());
        session.AssertSameAsFullBuild();
    }

    [Fact]
    public void Editing_a_title_updates_every_list_and_neighbour_that_shows_it()
    {
        using var session = Started();
        session.Site.Write("content/b.md", Md.Article("Hội nghị người lao động năm 2017", "2017-04-20 08:00", "Tin tức/Hoạt động", "hội nghị", "Đoạn đầu của bài B."));
        session.RebuildAndCompare();
        Assert.Contains("Hội nghị người lao động năm 2017", session.Text("2017/05/dai-hoi-cong-doan-co-so/index.html"));
    }

    [Fact]
    public void Adding_an_article_shifts_lists_pagers_and_archives_as_a_full_build_does()
    {
        using var session = Started();
        session.Site.Write("content/e.md", Md.Article("Bài mới nhất", "2017-07-01 08:00", "Tin tức", "đoàn viên, mới", "Tin mới."));
        session.RebuildAndCompare();
        Assert.Contains("Bài mới nhất", session.Text("index.html"));
    }

    [Fact]
    public void Deleting_an_article_removes_its_page_its_folder_and_every_mention()
    {
        using var session = Started();
        session.Site.Delete("content/d.md");
        session.RebuildAndCompare();
        Assert.False(Directory.Exists(Path.Combine(session.Live, "2016")));
    }

    [Fact]
    public void Renaming_an_article_moves_its_page_and_its_image()
    {
        using var session = Started();
        var text = File.ReadAllText(Path.Combine(session.Site.Root, "content/2017/ket-qua.md"));
        session.Site.Delete("content/2017/ket-qua.md");
        session.Site.Write("content/2017/ket-qua-moi.md", text.Replace("title: Kết quả 5 tháng", "title: Kết quả năm tháng đầu năm"));
        session.RebuildAndCompare();
        Assert.True(File.Exists(Path.Combine(session.Live, "2017/06/ket-qua-nam-thang-dau-nam/anh.png")));
    }

    [Fact]
    public void Changing_a_result_value_redraws_the_article_that_prints_it_and_the_data_pages()
    {
        using var session = Started();
        var article = session.Text("2017/06/ket-qua-5-thang/index.html");
        Assert.Contains("1.128", article);
        var untouched = session.WrittenAt("2017/03/thang-cong-nhan/index.html");
        var results = Path.Combine(session.Site.Root, "data/results/lao-cai/2017-01..2017-05.yaml");
        File.WriteAllText(results, File.ReadAllText(results).Replace("1128", "1350"));
        session.RebuildAndCompare();
        Assert.Contains("1.350", session.Text("2017/06/ket-qua-5-thang/index.html"));
        Assert.Equal(untouched, session.WrittenAt("2017/03/thang-cong-nhan/index.html"));
    }

    [Fact]
    public void A_data_edit_redraws_the_pages_of_that_unit_and_the_units_above_it_but_not_its_siblings()
    {
        using var session = Started();
        var results = Path.Combine(session.Site.Root, "data/results/lao-cai/2017-01..2017-05.yaml");
        File.WriteAllText(results, File.ReadAllText(results).Replace("1128", "1129"));
        var result = session.RebuildAndCompare();
        Assert.Contains(result.Redrawn, url => url.Contains("lao-cai", StringComparison.Ordinal));
        Assert.Contains("", result.Redrawn); // the home page: its headline figures are the whole federation's
        Assert.DoesNotContain(result.Redrawn, url => url.Contains("cao-bang", StringComparison.Ordinal));
        Assert.DoesNotContain("2016/12/mai-am-cong-doan/", result.Redrawn);
    }

    [Fact]
    public void Changing_a_template_redraws_every_page_that_uses_it()
    {
        using var session = Started();
        session.Site.Write("templates/partials/footer.html", "<footer class=\"site-footer\"><p>Chân trang mới</p></footer>\n");
        session.RebuildAndCompare();
        Assert.Contains("Chân trang mới", session.Text("2016/12/mai-am-cong-doan/index.html"));
        session.Site.Delete("templates/partials/footer.html");
        session.RebuildAndCompare();
    }

    [Fact]
    public void Changing_site_yaml_rebuilds_with_the_new_settings()
    {
        using var session = Started();
        var yaml = Path.Combine(session.Site.Root, "site.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("title: Công đoàn thử", "title: Bản tin Công đoàn").Replace("page_size: 2", "page_size: 3"));
        session.RebuildAndCompare();
        Assert.Contains("Bản tin Công đoàn", session.Text("index.html"));
    }

    [Fact]
    public void Moving_an_article_in_time_category_and_tags_moves_it_between_every_list()
    {
        using var session = Started();
        session.Site.Write("content/a.md", Md.Article("Đại hội Công đoàn cơ sở", "2016-11-02 08:00", "Chính sách", "hội nghị", "Đoạn đầu của bài A."));
        session.RebuildAndCompare();
        Assert.False(Directory.Exists(Path.Combine(session.Live, "2017/05")));
    }

    [Fact]
    public void A_broken_edit_leaves_the_live_site_untouched_and_the_fix_catches_up()
    {
        using var session = Started();
        var before = session.Text("2017/03/thang-cong-nhan/index.html");
        session.Site.Write("content/c.md", "---\ntitle: Tháng Công nhân\ndate: hôm nay\n---\nSửa dở.\n");
        var broken = session.Rebuild();
        Assert.False(broken.Succeeded);
        Assert.Equal(before, session.Text("2017/03/thang-cong-nhan/index.html"));
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Đã sửa xong."));
        session.RebuildAndCompare();
        Assert.Contains("Đã sửa xong.", session.Text("2017/03/thang-cong-nhan/index.html"));
    }

    [Fact]
    public void Replacing_an_image_by_one_of_another_size_copies_it_and_redraws_its_width_and_height()
    {
        using var session = Started();
        Assert.Contains("width=\"1\" height=\"1\"", session.Text("2017/06/ket-qua-5-thang/index.html"));
        var image = Path.Combine(session.Site.Root, "content/2017/anh.png");
        var wider = TinyPng.ToArray();
        wider[19] = 3; // IHDR width: 3 px
        File.WriteAllBytes(image, wider);
        File.SetLastWriteTimeUtc(image, DateTime.UtcNow.AddMinutes(1));
        session.RebuildAndCompare();
        Assert.Contains("width=\"3\" height=\"1\"", session.Text("2017/06/ket-qua-5-thang/index.html"));
    }

    [Fact]
    public void Warnings_of_files_that_did_not_change_are_reported_again()
    {
        using var session = Started();
        session.Site.Write("content/d.md", Md.Article("Mái ấm Công đoàn", "2016-12-01 08:00", "Chính sách", null, "Đoạn đầu.", extra: "khong-biet: 1\n"));
        var first = session.RebuildOk();
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Khác."));
        var second = session.RebuildOk();
        Assert.Contains(first.Diagnostics, d => d.Span.File == "content/d.md");
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>Many small edits in a row, as an editor makes them, each compared with a full build.</summary>
    [Fact]
    public void A_run_of_mixed_edits_stays_equal_to_a_full_build_after_every_step()
    {
        using var session = Started();
        var random = new Random(20240501);
        string[] categories = ["Tin tức", "Tin tức/Hoạt động", "Chính sách", "Văn hóa"];
        string[] tags = ["đoàn viên", "hội nghị", "đại hội", "mới"];
        var results = Path.Combine(session.Site.Root, "data/results/lao-cai/2017-01..2017-05.yaml");
        var reusedEdits = 0;
        for (var step = 0; step < 25; step++)
        {
            var n = random.Next(6);
            var file = $"content/r{n}.md";
            var path = Path.Combine(session.Site.Root, file);
            var reused = false;
            switch (random.Next(5))
            {
                case 4 when File.Exists(path):
                    // The body alone: the rebuild reuses the last build's lists (BodyEditRebuildTests).
                    var text = File.ReadAllText(path);
                    File.WriteAllText(path, text[..(text.LastIndexOf("---\n", StringComparison.Ordinal) + 4)] + $"Thân bài sửa ở bước {step}.\n");
                    reused = true;
                    break;
                case 0 when File.Exists(Path.Combine(session.Site.Root, file)):
                    session.Site.Delete(file);
                    break;
                case 1:
                    // A value alone: the rebuild reuses the last build's plan too (DataValueRebuildTests).
                    File.WriteAllText(results, File.ReadAllText(results).Split("doan-vien-moi:")[0] + $"doan-vien-moi: {1000 + random.Next(900)}\n");
                    reused = true;
                    break;
                default:
                    var date = new DateTime(2016, 10, 1).AddDays(random.Next(300)).ToString("yyyy-MM-dd HH:mm");
                    var title = $"Bài {n} lần {step}";
                    session.Site.Write(file, Md.Article(title, date, categories[random.Next(categories.Length)],
                        $"{tags[random.Next(tags.Length)]}, {tags[random.Next(tags.Length)]}", $"Nội dung {step}."));
                    break;
            }
            session.RebuildAndCompare();
            Assert.Equal(reused, session.ReusedLastBuild);
            if (reused) reusedEdits++;
        }
        Assert.InRange(reusedEdits, 2, 25);
    }
}
