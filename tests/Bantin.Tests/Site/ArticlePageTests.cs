using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class ArticlePageTests
{
    [Fact]
    public void Article_page_shows_title_vietnamese_date_author_breadcrumb_tags_body_and_figure()
    {
        using var site = TestSite.From("""
            -- content/tin/ket-qua.md --
            ---
            title: Một số kết quả nổi bật tháng 4 năm 2019
            date: 2019-04-27 14:23
            author: Bàn Thương – Văn phòng LĐLĐ tỉnh
            category: Tin tức sự kiện/Ban tổ chức
            tags: [phát triển đoàn viên, Tháng Công nhân]
            slug: ket-qua-thang-4-2019
            ---
            Phát triển mới được 72 đoàn viên.

            ^^^
            ![Lớp tập huấn](anh.svg)
            ^^^ Lớp tập huấn nghiệp vụ (Ảnh: Hoàng Hải)
            -- content/tin/anh.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"></svg>
            """);
        site.BuildOk();

        var page = site.Page("/2019/04/ket-qua-thang-4-2019/");
        Assert.Equal("Một số kết quả nổi bật tháng 4 năm 2019", page.QuerySelector("h1")!.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Thứ Bảy, 27/04/2019 14:23", page.QuerySelector("article time")!.TextContent);
        Assert.Equal("2019-04-27T14:23:00+07:00", page.QuerySelector("article time")!.GetAttribute("datetime"));
        Assert.Contains("Bàn Thương – Văn phòng LĐLĐ tỉnh", page.QuerySelector(".meta")!.TextContent);
        var crumbs = page.QuerySelectorAll(".breadcrumb a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("Trang chủ", "/congdoan/"), ("Tin tức sự kiện", "/congdoan/chuyen-muc/tin-tuc-su-kien/"),
             ("Ban tổ chức", "/congdoan/chuyen-muc/tin-tuc-su-kien/ban-to-chuc/")],
            crumbs);
        var tags = page.QuerySelectorAll("a[rel=tag]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/congdoan/the/phat-trien-doan-vien/", "/congdoan/the/thang-cong-nhan/"], tags);
        Assert.Contains("72 đoàn viên", page.QuerySelector(".prose p")!.TextContent);
        Assert.Equal("Lớp tập huấn nghiệp vụ (Ảnh: Hoàng Hải)", page.QuerySelector("figure figcaption")!.TextContent.Trim());
        Assert.Equal("anh.svg", page.QuerySelector("figure img")!.GetAttribute("src"));
        Assert.Equal("Lớp tập huấn", page.QuerySelector("figure img")!.GetAttribute("alt"));
        Assert.True(site.Exists("2019/04/ket-qua-thang-4-2019/anh.svg"), "image beside the article is copied with it");
    }

    [Fact]
    public void Same_category_lists_the_five_newest_others_and_tin_khac_lists_older_ones()
    {
        var files = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"-- content/a{i}.md --\n" + Md.Article($"Bài {i}", $"2020-01-{i:D2} 08:00", "Tin tức/Ban tổ chức")));
        files += "-- content/x.md --\n" + Md.Article("Khác chuyên mục", "2020-01-03 09:00", "Văn hóa");
        using var site = TestSite.From(files);
        site.BuildOk();

        var page = site.Page("/2020/01/bai-4/");
        var same = page.QuerySelectorAll("#same-category + ul a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Bài 8", "Bài 7", "Bài 6", "Bài 5", "Bài 3"], same);
        var others = page.QuerySelectorAll("#others + ul a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Khác chuyên mục", "Bài 2", "Bài 1"], others);
        Assert.Equal("/congdoan/2020/01/khac-chuyen-muc/", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/congdoan/2020/01/bai-5/", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Article_url_uses_local_date_in_site_timezone()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("Đầu tháng Năm", "2019-04-30T17:30:00Z"));
        site.BuildOk();
        // 17:30 UTC on 30 April is 00:30 on 1 May in Hà Nội.
        Assert.True(site.Exists("2019/05/dau-thang-nam/index.html"));
        Assert.Equal("Thứ Tư, 01/05/2019 00:30", site.Page("/2019/05/dau-thang-nam/").QuerySelector("article time")!.TextContent);
    }

    [Fact]
    public void Paths_in_site_yaml_override_the_article_url()
    {
        using var site = TestSite.From("""
            -- site.yaml --
            title: T
            base_url: https://example.org/
            paths: { article: "posts/{slug}/" }
            -- content/a.md --
            ---
            title: Xin chào
            date: 2020-02-02
            ---
            x
            """);
        site.BuildOk();
        Assert.True(site.Exists("posts/xin-chao/index.html"));
    }

    [Fact]
    public void Standalone_page_under_content_pages_has_its_own_url_and_is_linked_from_the_footer()
    {
        using var site = TestSite.From("""
            -- content/pages/gioi-thieu.md --
            ---
            title: Giới thiệu
            ---
            Trang giới thiệu.
            """);
        site.BuildOk();
        Assert.Equal("Giới thiệu", site.Page("/gioi-thieu/").QuerySelector("h1")!.TextContent);
        Assert.Contains(site.Page("/").QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/congdoan/gioi-thieu/");
    }
}
