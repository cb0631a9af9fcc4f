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

    private static string Golden(string path) => Path.Combine(Repo.Root, "tests", "golden", "example-site", path);

    /// <summary>The example site's feed against RSS 2.0: what the format requires, not only what readers tolerate.</summary>
    [Fact]
    public void Example_feed_is_well_formed_RSS_2_with_the_required_elements()
    {
        var rss = XDocument.Load(Golden("feed.xml"), LoadOptions.SetLineInfo);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal("rss", rss.Root!.Name.LocalName);
        Assert.Equal(XNamespace.None, rss.Root.Name.Namespace);
        Assert.Equal("2.0", rss.Root.Attribute("version")?.Value);
        var channel = Assert.Single(rss.Root.Elements("channel"));
        foreach (var required in new[] { "title", "link", "description" })
            Assert.False(string.IsNullOrWhiteSpace(channel.Element(required)?.Value), $"channel <{required}>");
        Assert.Equal("https://example.org/congdoan/", channel.Element("link")!.Value);
        var self = Assert.Single(channel.Elements(atom + "link"));
        Assert.Equal(("self", "https://example.org/congdoan/feed.xml", "application/rss+xml"),
            (self.Attribute("rel")?.Value, self.Attribute("href")?.Value, self.Attribute("type")?.Value));
        Assert.True(Rfc822(channel.Element("lastBuildDate")!.Value), channel.Element("lastBuildDate")!.Value);

        var items = channel.Elements("item").ToList();
        Assert.NotEmpty(items);
        var guids = new HashSet<string>();
        foreach (var item in items)
        {
            // An item needs a title or a description; ours always have both, a link, a unique guid and a date.
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(item.Element("description")?.Value));
            Assert.StartsWith("https://example.org/congdoan/", item.Element("link")!.Value);
            var guid = item.Element("guid")!;
            Assert.True(guids.Add(guid.Value), "duplicate guid " + guid.Value);
            if (guid.Attribute("isPermaLink")?.Value != "false") Assert.True(Uri.IsWellFormedUriString(guid.Value, UriKind.Absolute));
            Assert.True(Rfc822(item.Element("pubDate")!.Value), item.Element("pubDate")!.Value);
        }
    }

    /// <summary>An RFC 822 date as RSS 2.0 wants it, e.g. "Mon, 09 Jan 2023 09:00:00 +0700".</summary>
    private static bool Rfc822(string value) =>
        System.Text.RegularExpressions.Regex.IsMatch(value, @"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$");

    /// <summary>The example site's sitemap against the sitemaps.org 0.9 protocol.</summary>
    [Fact]
    public void Example_sitemap_is_well_formed_and_follows_the_protocol()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Load(Golden("sitemap.xml"));
        Assert.Equal(ns + "urlset", sitemap.Root!.Name);
        Assert.All(sitemap.Root.Elements(), e => Assert.Equal(ns + "url", e.Name));
        var urls = sitemap.Root.Elements(ns + "url").ToList();
        Assert.InRange(urls.Count, 50, 50_000);
        var locs = new HashSet<string>();
        foreach (var url in urls)
        {
            Assert.All(url.Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "loc", "lastmod", "changefreq", "priority" }));
            var loc = Assert.Single(url.Elements(ns + "loc")).Value;
            Assert.True(loc.Length < 2048 && Uri.IsWellFormedUriString(loc, UriKind.Absolute), loc);
            Assert.StartsWith("https://example.org/congdoan/", loc);
            Assert.True(locs.Add(loc), "duplicate " + loc);
            // Each entry is a page that was built.
            var path = loc["https://example.org/congdoan/".Length..];
            Assert.True(File.Exists(Golden(path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path)), loc);
            if (url.Element(ns + "lastmod") is { } lastmod)
                Assert.True(DateTimeOffset.TryParse(lastmod.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
                    && System.Text.RegularExpressions.Regex.IsMatch(lastmod.Value, @"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$"), lastmod.Value);
        }
        Assert.DoesNotContain("https://example.org/congdoan/404.html", locs);
    }
}
