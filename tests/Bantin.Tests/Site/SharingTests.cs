using System.Text.Json;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class SharingTests
{
    [Fact]
    public void Article_has_open_graph_twitter_card_and_news_article_json_ld()
    {
        using var site = TestSite.From(
            "-- content/tin/a.md --\n" + Md.Article("Kết quả <tháng 4> & “nổi bật”", "2019-04-27 14:23", "Tin tức",
                extra: "author: Bàn Thương\nimage: anh.svg\nsummary: Tóm tắt ngắn.\nslug: ket-qua\n") +
            "-- content/tin/anh.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        site.BuildOk();
        var page = site.Page("/2019/04/ket-qua/");
        string Meta(string key) => page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")!.GetAttribute("content")!;
        Assert.Equal("Kết quả <tháng 4> & “nổi bật”", Meta("og:title"));
        Assert.Equal("Tóm tắt ngắn.", Meta("og:description"));
        Assert.Equal("vi_VN", Meta("og:locale"));
        Assert.Equal("Công đoàn thử", Meta("og:site_name"));
        Assert.Equal("article", Meta("og:type"));
        Assert.Equal("https://example.org/congdoan/2019/04/ket-qua/", Meta("og:url"));
        Assert.Equal("https://example.org/congdoan/2019/04/ket-qua/anh.svg", Meta("og:image"));
        Assert.Equal("summary_large_image", Meta("twitter:card"));

        var script = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("<", script);
        var json = JsonDocument.Parse(script).RootElement;
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("Kết quả <tháng 4> & “nổi bật”", json.GetProperty("headline").GetString());
        Assert.Equal("2019-04-27T14:23:00+07:00", json.GetProperty("datePublished").GetString());
        Assert.Equal("Bàn Thương", json.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Công đoàn thử", json.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://example.org/congdoan/2019/04/ket-qua/anh.svg", json.GetProperty("image").GetString());
        Assert.Contains("Bàn Thương", script);
    }

    [Fact]
    public void Other_pages_are_websites_without_json_ld()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01", "Tin"));
        site.BuildOk();
        var home = site.Page("/");
        Assert.Equal("website", home.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("summary", home.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Null(home.QuerySelector("script[type='application/ld+json']"));
    }
}
