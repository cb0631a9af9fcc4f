using Bantin.Tests.Support;

namespace Bantin.Tests.Incremental;

/// <summary>
/// A save that changed bodies only is rebuilt from the last build's index, plan and views instead of from every file
/// (<see cref="Bantin.Incremental.LastBuild"/>). The result must still be a full build's, byte for byte; and an edit of
/// anything else, a list-relevant field above all, must take the full way and move the lists.
/// </summary>
public sealed class BodyEditRebuildTests
{
    private const string C = "content/c.md";

    private static string ArticleC(string body = "Đoạn đầu của bài C.", string extra = "", string title = "Tháng Công nhân",
        string date = "2017-03-15 08:00", string category = "Chính sách", string tags = "đoàn viên") =>
        Md.Article(title, date, category, tags, body, extra);

    [Fact]
    public void A_body_edit_reuses_the_last_build_and_draws_the_article_page_alone()
    {
        using var session = IncrementalBuildTests.Started();
        session.Site.Write(C, ArticleC("Đoạn đầu của bài C.\n\nThêm một đoạn cuối bài."));
        var result = session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.Equal(["2017/03/thang-cong-nhan/"], result.Redrawn);
        Assert.Contains("Thêm một đoạn cuối bài.", session.Text("2017/03/thang-cong-nhan/index.html"));
    }

    [Fact]
    public void A_lead_paragraph_edit_reuses_the_last_build_and_updates_every_card_of_it()
    {
        using var session = IncrementalBuildTests.Started();
        session.Site.Write(C, ArticleC("Đoạn đầu viết lại hẳn."));
        session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        foreach (var list in new[] { "chuyen-muc/chinh-sach/index.html", "the/doan-vien/page/2/index.html", "2017/03/index.html" })
            Assert.Contains("Đoạn đầu viết lại hẳn.", session.Text(list));
    }

    [Fact]
    public void A_page_body_edit_reuses_the_last_build()
    {
        using var session = IncrementalBuildTests.Started();
        session.Site.Write("content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nVề chúng tôi, viết lại.\n");
        var result = session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.Equal(["gioi-thieu/"], result.Redrawn);
    }

    [Fact]
    public void Body_edits_in_a_row_each_equal_a_full_build_with_the_search_index_following()
    {
        using var session = IncrementalBuildTests.Started();
        for (var step = 0; step < 4; step++)
        {
            session.Site.Write(C, ArticleC(step % 2 == 0 ? $"Đoạn đầu lần {step}." : $"Đoạn đầu của bài C.\n\nĐoạn sau lần {step}."));
            session.Site.Write("content/b.md", Md.Article("Hội nghị người lao động", "2017-04-20 08:00", "Tin tức/Hoạt động", "hội nghị", $"Bài B, lần {step}."));
            session.RebuildAndCompare();
            Assert.True(session.ReusedLastBuild);
        }
        Assert.Contains("lần 3", string.Concat(session.Snapshot("tim-kiem").Values.Select(System.Text.Encoding.UTF8.GetString)));
    }

    [Fact]
    public void An_image_a_body_starts_using_is_copied_and_one_it_stops_using_is_removed()
    {
        using var session = IncrementalBuildTests.Started();
        File.WriteAllBytes(Path.Combine(session.Site.Root, "content/hinh.png"), IncrementalBuildTests.TinyPng);
        session.Site.Write(C, ArticleC("Đoạn đầu của bài C.\n\n![Hình](hinh.png)"));
        session.RebuildAndCompare();
        Assert.True(File.Exists(Path.Combine(session.Live, "2017/03/thang-cong-nhan/hinh.png")));

        session.Site.Write(C, ArticleC("Đoạn đầu của bài C.\n\nKhông còn hình."));
        session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.False(File.Exists(Path.Combine(session.Live, "2017/03/thang-cong-nhan/hinh.png")));
    }

    [Fact]
    public void A_broken_body_leaves_the_site_as_it_was_and_the_fix_equals_a_full_build()
    {
        using var session = IncrementalBuildTests.Started();
        var before = session.Text("2017/03/thang-cong-nhan/index.html");
        session.Site.Write(C, ArticleC("Đoạn đầu của bài C.\n\n![Hình](khong-co.png)"));
        var broken = session.Rebuild();
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Span.File == C);
        Assert.Equal(session.FullBuildDiagnostics(), broken.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(before, session.Text("2017/03/thang-cong-nhan/index.html"));

        session.Site.Write(C, ArticleC("Đoạn đầu của bài C.\n\nĐã sửa."));
        session.RebuildAndCompare();
        session.Site.Write(C, ArticleC("Đoạn đầu của bài C.\n\nĐã sửa, lần hai."));
        session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
    }

    [Fact]
    public void Without_a_deferred_search_a_body_edit_redraws_the_search_page_in_the_same_rebuild()
    {
        using var session = IncrementalBuildTests.Started(deferSearch: false);
        session.Site.Write(C, ArticleC("Đoạn đầu của bài C.\n\nHội thao truyền thống."));
        var result = session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.Equal(["2017/03/thang-cong-nhan/", "tim-kiem/"], result.Redrawn.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_body_edit_reports_the_warnings_a_full_build_reports()
    {
        using var session = IncrementalBuildTests.Started();
        session.Site.Write("content/d.md", Md.Article("Mái ấm Công đoàn", "2016-12-01 08:00", "Chính sách", null, "Đoạn đầu.", extra: "khong-biet: 1\n"));
        session.RebuildAndCompare();
        session.Site.Write(C, ArticleC("Đoạn đầu của bài C.\n\nKhác."));
        var result = session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.Contains(result.Diagnostics, d => d.Span.File == "content/d.md");
        Assert.Equal(session.FullBuildDiagnostics(), result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_body_edit_after_the_output_folder_was_removed_writes_the_whole_site_again()
    {
        using var session = IncrementalBuildTests.Started();
        Directory.Delete(session.Live, recursive: true);
        session.Site.Write(C, ArticleC("Đoạn đầu của bài C.\n\nSau khi xóa thư mục."));
        session.RebuildAndCompare();
        Assert.False(session.ReusedLastBuild);
    }

    [Fact]
    public void A_body_edit_of_an_unpublished_article_draws_nothing()
    {
        using var session = IncrementalBuildTests.Started();
        session.Site.Write("content/nhap.md", Md.Article("Bài nháp", "2017-05-05 08:00", "Tin tức", null, "Chưa xong.", extra: "draft: true\n"));
        session.RebuildAndCompare();
        session.Site.Write("content/nhap.md", Md.Article("Bài nháp", "2017-05-05 08:00", "Tin tức", null, "Vẫn chưa xong.", extra: "draft: true\n"));
        var result = session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.Empty(result.Redrawn);
    }

    [Fact]
    public void A_body_edit_after_a_scheduled_article_came_due_takes_the_full_way()
    {
        using var session = IncrementalBuildTests.Started();
        var due = TestSite.BuildTime.AddHours(2);
        session.Site.Write("content/hen.md", Md.Article("Bài hẹn đăng", due.ToString("yyyy-MM-dd HH:mm"), "Tin tức", null, "Sắp đăng."));
        session.RebuildAndCompare();
        Assert.DoesNotContain("Bài hẹn đăng", session.Text("index.html"));

        session.BuildTime = due.AddHours(1);
        session.Site.Write(C, ArticleC("Đoạn đầu của bài C.\n\nSửa sau giờ hẹn."));
        session.RebuildAndCompare();
        Assert.False(session.ReusedLastBuild);
        Assert.Contains("Bài hẹn đăng", session.Text("index.html"));
    }

    /// <summary>Each edit changes one field besides the body; the page named shows (or no longer shows) the change.</summary>
    public static TheoryData<string, string, string, string, bool> OtherFields() => new()
    {
        // Without a slug the URL follows the title: the page moves.
        { C, ArticleC(title: "Tháng Công nhân năm 2017"), "2017/03/thang-cong-nhan-nam-2017/index.html", "Tháng Công nhân năm 2017", true },
        { C, ArticleC(date: "2017-02-10 08:00"), "2017/02/index.html", "Tháng Công nhân", true },
        { C, ArticleC(category: "Văn hóa"), "chuyen-muc/van-hoa/index.html", "Tháng Công nhân", true },
        { C, ArticleC(tags: "đoàn viên, hội thao"), "the/hoi-thao/index.html", "Tháng Công nhân", true },
        { C, ArticleC(extra: "unit: cao-bang\n"), "don-vi/cao-bang/index.html", "Tháng Công nhân", true },
        { C, ArticleC(extra: "image: https://example.org/anh-c.png\n"), "chuyen-muc/chinh-sach/index.html", "https://example.org/anh-c.png", true },
        { C, ArticleC(extra: "draft: true\n"), "chuyen-muc/chinh-sach/index.html", "Tháng Công nhân", false },
        { "content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu chung\n---\nVề chúng tôi.\n", "index.html", "Giới thiệu chung", true },
    };

    [Theory]
    [MemberData(nameof(OtherFields))]
    public void An_edit_beyond_the_body_takes_the_full_way_and_moves_the_lists(string file, string text, string page, string expected, bool shown)
    {
        using var session = IncrementalBuildTests.Started();
        Assert.Equal(!shown, Shows(session, page, expected));
        session.Site.Write(file, text);
        session.RebuildAndCompare();
        Assert.False(session.ReusedLastBuild);
        Assert.Equal(shown, Shows(session, page, expected));
    }

    /// <summary>Each edit changes text an article prints; its URL is pinned by a slug, so nothing moves.</summary>
    public static TheoryData<string, string, string[]> TextEdits() => new()
    {
        {
            ArticleC(title: "Tháng Công nhân năm 2017", extra: "slug: thang-cong-nhan\n"), "Tháng Công nhân năm 2017",
            ["2017/03/thang-cong-nhan/index.html", "chuyen-muc/chinh-sach/index.html", "the/doan-vien/page/2/index.html", "2017/03/index.html", "feed.xml"]
        },
        { ArticleC(extra: "slug: thang-cong-nhan\nauthor: Nguyễn Văn B\n"), "Nguyễn Văn B", ["2017/03/thang-cong-nhan/index.html", "feed.xml"] },
        {
            ArticleC(extra: "slug: thang-cong-nhan\nsummary: Tóm tắt riêng của bài C.\n"), "Tóm tắt riêng của bài C.",
            ["2017/03/thang-cong-nhan/index.html", "chuyen-muc/chinh-sach/index.html", "2017/03/index.html", "feed.xml"]
        },
    };

    [Theory]
    [MemberData(nameof(TextEdits))]
    public void A_title_author_or_summary_edit_reuses_the_last_build_and_shows_everywhere(string text, string expected, string[] pages)
    {
        using var session = IncrementalBuildTests.Started();
        // Pinned first (a full rebuild: the slug line moves no URL but is front matter), then edited in place.
        session.Site.Write(C, ArticleC(extra: "slug: thang-cong-nhan\n" + (text.Contains("author:") ? "author: Nguyễn Văn A\n" : "")));
        session.RebuildAndCompare();
        Assert.All(pages, page => Assert.DoesNotContain(expected, session.Text(page)));

        session.Site.Write(C, text);
        var result = session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.All(pages, page => Assert.Contains(expected, session.Text(page)));
        // Only the pages that show the article are drawn again: its own, its neighbours', its lists; no data page.
        Assert.Contains("2017/03/thang-cong-nhan/", result.Redrawn);
        Assert.True(Directory.Exists(Path.Combine(session.Live, "don-vi")));
        Assert.DoesNotContain(result.Redrawn, url => url.StartsWith("don-vi/") || url.StartsWith("chi-tieu/"));

        // The next edit of the same article starts from the newest read, and so does a full rebuild after it.
        session.Site.Write(C, text.Replace("Đoạn đầu của bài C.", "Đoạn đầu, lần hai."));
        session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        session.Site.Write("content/b.md", Md.Article("Hội nghị người lao động", "2017-04-21 08:00", "Tin tức/Hoạt động", "hội nghị", "Đoạn đầu của bài B."));
        session.RebuildAndCompare();
        Assert.False(session.ReusedLastBuild);
        Assert.All(pages, page => Assert.Contains(expected, session.Text(page)));
    }

    [Fact]
    public void A_title_edit_in_place_renames_the_neighbours_links_and_the_search_entry()
    {
        using var session = IncrementalBuildTests.Started();
        session.Site.Write("content/b.md", Md.Article("Hội nghị người lao động", "2017-04-20 08:00", "Tin tức/Hoạt động", "hội nghị", "Đoạn đầu của bài B.", "slug: hoi-nghi-nguoi-lao-dong\n"));
        session.RebuildAndCompare();
        session.Site.Write("content/b.md", Md.Article("Hội nghị người lao động năm 2017", "2017-04-20 08:00", "Tin tức/Hoạt động", "hội nghị", "Đoạn đầu của bài B.", "slug: hoi-nghi-nguoi-lao-dong\n"));
        session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.Contains("Hội nghị người lao động năm 2017", session.Text("2017/05/dai-hoi-cong-doan-co-so/index.html"));
        Assert.Contains("Hội nghị người lao động năm 2017", string.Concat(session.Snapshot("tim-kiem").Values.Select(System.Text.Encoding.UTF8.GetString)));
    }

    private static bool Shows(RebuildSession session, string page, string text) =>
        File.Exists(Path.Combine(session.Live, page)) && session.Text(page).Contains(text, StringComparison.Ordinal);

    [Fact]
    public void A_period_edit_takes_the_full_way_and_moves_the_article_between_results_pages()
    {
        using var session = IncrementalBuildTests.Started();
        session.Site.Write(C, ArticleC(extra: "unit: cao-bang\nperiod: 2017-06\n"));
        session.RebuildAndCompare();
        Assert.Contains("Tháng Công nhân", session.Text("don-vi/cao-bang/2017-06/index.html"));
        session.Site.Write(C, ArticleC(extra: "unit: cao-bang\nperiod: 2017-05\n"));
        session.RebuildAndCompare();
        Assert.False(session.ReusedLastBuild);
        Assert.DoesNotContain("Tháng Công nhân", session.Text("don-vi/cao-bang/2017-06/index.html"));
    }
}
