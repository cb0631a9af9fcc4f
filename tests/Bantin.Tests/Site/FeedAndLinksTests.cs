using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class FeedAndLinksTests
{
    [Fact]
    public void Feed_has_the_20_latest_with_rfc822_dates_in_the_site_offset()
    {
        var files = string.Concat(Enumerable.Range(1, 23).Select(i =>
            $"-- content/a{i}.md --\n" + Md.Article($"Tin {i}", $"2020-02-{i:D2} 14:23")));
        using var site = TestSite.From(files);
        site.BuildOk();
        var rss = XDocument.Parse(site.Text("feed.xml"));
        var items = rss.Descendants("item").ToList();
        Assert.Equal(20, items.Count);
        Assert.Equal("Tin 23", items[0].Element("title")!.Value);
        Assert.Equal("Sun, 23 Feb 2020 14:23:00 +0700", items[0].Element("pubDate")!.Value);
        Assert.Equal("https://example.org/congdoan/2020/02/tin-23/", items[0].Element("link")!.Value);
        Assert.Equal("Sun, 23 Feb 2020 14:23:00 +0700", rss.Descendants("lastBuildDate").Single().Value);
    }

    [Fact]
    public void Sitemap_lists_pages_with_absolute_urls_and_404_exists()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01", "Tin", "x"));
        site.BuildOk();
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(site.Text("sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://example.org/congdoan/", locs);
        Assert.Contains("https://example.org/congdoan/2020/01/a/", locs);
        Assert.Contains("https://example.org/congdoan/chuyen-muc/tin/", locs);
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.Equal("Không tìm thấy trang", site.Page("/404.html").QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("https://example.org/congdoan/", "/congdoan/")]
    [InlineData("https://example.org/", "/")]
    [InlineData("https://example.org/a/b", "/a/b/")]
    public void Every_internal_link_resolves_under_the_base_path(string baseUrl, string basePath)
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("A", "2020-01-01", "Tin/Con", "x, y", body: "![Ảnh](a.svg)") +
            "-- content/a.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n" +
            "-- content/b.md --\n" + Md.Article("B", "2020-02-01", "Tin", "x", extra: "image: a.svg\n") +
            "-- content/c.md --\n" + Md.Article("C", "2021-02-01", "Khác", "y") +
            "-- content/pages/about.md --\n---\ntitle: Về chúng tôi\n---\nx\n");
        site.BuildOk(baseUrl: baseUrl);

        var parser = new HtmlParser();
        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var folder = Path.GetDirectoryName(file)!;
            var document = parser.ParseDocument(File.ReadAllText(file));
            var urls = document.QuerySelectorAll("a[href], link[href], img[src], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(u => !u.StartsWith("http") && !u.StartsWith('#'));
            foreach (var url in urls)
            {
                string target;
                if (url.StartsWith('/'))
                {
                    Assert.StartsWith(basePath, url);
                    target = Path.Combine(site.Output, url[basePath.Length..]);
                }
                else
                {
                    target = Path.Combine(folder, url);
                }
                if (url.EndsWith('/')) target = Path.Combine(target, "index.html");
                Assert.True(File.Exists(target), $"{Path.GetRelativePath(site.Output, file)} links to {url}, which does not exist");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 50, $"only {checkedLinks} links checked");
    }
}
