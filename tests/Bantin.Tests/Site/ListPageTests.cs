using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class ListPageTests
{
    private static TestSite ThreeArticles() => TestSite.From(
        "-- content/a.md --\n" + Md.Article("Một", "2019-04-01 08:00", "Tin tức sự kiện/Ban tổ chức", "đoàn viên") +
        "-- content/b.md --\n" + Md.Article("Hai", "2019-04-02 08:00", "Tin tức sự kiện/Ban tuyên giáo", "đoàn viên") +
        "-- content/c.md --\n" + Md.Article("Ba", "2019-05-01 00:30", "Tin tức sự kiện", "Đoàn viên, nữ công", extra: "summary: Tóm tắt bài ba.\n"));

    [Fact]
    public void Home_lists_latest_articles_with_summary_and_is_paginated_with_the_portal_line()
    {
        using var site = ThreeArticles();
        site.BuildOk();
        var home = site.Page("/");
        Assert.Equal(["Ba", "Hai"], home.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Equal("Tóm tắt bài ba.", home.QuerySelector(".summary")!.TextContent);
        Assert.Equal("Tổng số: 3 | Trang: 1 trên tổng số 2 trang", home.QuerySelector(".pager-line")!.TextContent);
        Assert.Equal("/congdoan/page/2/", home.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var second = site.Page("/page/2/");
        Assert.Equal(["Một"], second.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Equal("Tổng số: 3 | Trang: 2 trên tổng số 2 trang", second.QuerySelector(".pager-line")!.TextContent);
        Assert.Equal("/congdoan/", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void Parent_category_lists_its_childrens_articles_too()
    {
        using var site = ThreeArticles();
        site.BuildOk();
        var parent = site.Page("/chuyen-muc/tin-tuc-su-kien/");
        Assert.Equal("Tổng số: 3 | Trang: 1 trên tổng số 2 trang", parent.QuerySelector(".pager-line")!.TextContent);
        Assert.Equal(["Ban tổ chức", "Ban tuyên giáo"], parent.QuerySelectorAll(".children a").Select(a => a.TextContent));
        Assert.True(site.Exists("chuyen-muc/tin-tuc-su-kien/page/2/index.html"));
        var child = site.Page("/chuyen-muc/tin-tuc-su-kien/ban-to-chuc/");
        Assert.Equal(["Một"], child.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Equal("Tin tức sự kiện", site.Page("/").QuerySelector(".site-nav li:nth-child(2) a")!.TextContent);
    }

    [Fact]
    public void Tags_are_one_per_slug_with_pages_and_an_index()
    {
        using var site = ThreeArticles();
        site.BuildOk();
        var tag = site.Page("/the/doan-vien/");
        Assert.Equal("Từ khóa: đoàn viên", tag.QuerySelector("h1")!.TextContent);
        Assert.Equal("Tổng số: 3 | Trang: 1 trên tổng số 2 trang", tag.QuerySelector(".pager-line")!.TextContent);
        var index = site.Page("/the/");
        Assert.Equal(["/congdoan/the/doan-vien/", "/congdoan/the/nu-cong/"], index.QuerySelectorAll(".tag-cloud a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Month_and_year_archives_use_the_local_date()
    {
        using var site = ThreeArticles();
        site.BuildOk();
        Assert.Equal(["Ba"], site.Page("/2019/05/").QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Equal("Tháng 5/2019", site.Page("/2019/05/").QuerySelector("h1")!.TextContent);
        Assert.Equal(["Hai", "Một"], site.Page("/2019/04/").QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        var year = site.Page("/2019/");
        Assert.Equal("Năm 2019", year.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Tháng 5/2019", "Tháng 4/2019"], year.QuerySelectorAll(".children a").Select(a => a.TextContent));
    }

    [Fact]
    public void Tags_sort_in_vietnamese_order()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("A", "2020-01-01", tags: "Đoàn viên, Doanh nghiệp, Ăn ca, An toàn, Bảo hiểm"));
        site.BuildOk();
        var names = site.Page("/the/").QuerySelectorAll(".tag-cloud a").Select(a => a.TextContent).ToList();
        Assert.Equal(["An toàn", "Ăn ca", "Bảo hiểm", "Doanh nghiệp", "Đoàn viên"], names);
    }
}
