using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Bantin.BrowserTests.Support;

namespace Bantin.BrowserTests;

/// <summary>
/// The built site on nginx under /congdoan/: every internal link and asset of every page (href, src, srcset, CSS url(),
/// manifest icons, sitemap and feed entries) answers 200, so nothing depends on being served at the root or by Bantin's own server.
/// </summary>
public sealed partial class NginxCrawlTests
{
    [BrowserFact(Tool.Nginx)]
    public async Task Every_internal_link_and_asset_resolves_under_the_sub_path()
    {
        await using var nginx = await NginxServer.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var root = new Uri(nginx.BaseUrl);

        // Start from the home page and also from every built page, so pages no link reaches are checked too.
        var queue = new Queue<(Uri Url, string From)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Enqueue(Uri url, string from)
        {
            var clean = new UriBuilder(url) { Fragment = "" }.Uri;
            if (clean.Authority == root.Authority && seen.Add(clean.AbsoluteUri)) queue.Enqueue((clean, from));
        }
        Enqueue(root, "start");
        Enqueue(new Uri(root, "sitemap.xml"), "start");
        foreach (var file in BuiltSite.HtmlFiles(nginx.Site))
        {
            var relative = Path.GetRelativePath(nginx.Site, file).Replace('\\', '/');
            Enqueue(new Uri(root, relative.EndsWith("index.html") ? relative[..^"index.html".Length] : relative), "built files");
        }

        var broken = new List<string>();
        var parser = new HtmlParser();
        var pages = 0;
        while (queue.TryDequeue(out var item))
        {
            using var response = await http.GetAsync(item.Url);
            if ((int)response.StatusCode != 200)
            {
                broken.Add($"{(int)response.StatusCode} {item.Url} (linked from {item.From})");
                continue;
            }
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var body = await response.Content.ReadAsStringAsync();
            var links = new List<string>();
            if (type == "text/html")
            {
                pages++;
                var document = parser.ParseDocument(body);
                links.AddRange(document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!));
                links.AddRange(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
                links.AddRange(document.QuerySelectorAll("[srcset]").SelectMany(e => e.GetAttribute("srcset")!.Split(','))
                    .Select(candidate => candidate.Trim().Split(' ')[0]));
                links.AddRange(document.QuerySelectorAll("style").SelectMany(s => CssUrls(s.TextContent)));
            }
            else if (type == "text/css") links.AddRange(CssUrls(body));
            else if (item.Url.AbsolutePath.EndsWith(".xml"))
                // The sitemap's <loc> and the feed's <link>/<guid>: absolute URLs built on base_url.
                links.AddRange(System.Xml.Linq.XDocument.Parse(body).Descendants()
                    .Where(e => e.Name.LocalName is "loc" or "link" or "guid" && !e.HasElements).Select(e => e.Value.Trim())
                    .Concat(System.Xml.Linq.XDocument.Parse(body).Descendants().Select(e => e.Attribute("href")?.Value ?? e.Attribute("url")?.Value ?? "")));
            else if (item.Url.AbsolutePath.EndsWith(".webmanifest"))
                links.AddRange(JsonDocument.Parse(body).RootElement.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("src").GetString()!));

            foreach (var link in links.Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("mailto:") && !l.StartsWith("data:")))
                if (Uri.TryCreate(item.Url, link, out var target) && target.Scheme is "http" or "https") Enqueue(target, item.Url.AbsolutePath);
        }

        Assert.True(broken.Count == 0, $"{broken.Count} broken:\n" + string.Join("\n", broken.Take(40)));
        Assert.True(pages >= BuiltSite.HtmlFiles(nginx.Site).Count, $"crawled {pages} pages");
        Assert.Contains(new Uri(root, "assets/style.css").AbsoluteUri, seen);

        // The host's own behaviour, so the crawl above proves something: missing pages and the root are 404s.
        using var missing = await http.GetAsync(new Uri(root, "khong-co/"));
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Contains("kind-404", await missing.Content.ReadAsStringAsync());
        using var outside = await http.GetAsync(new Uri(root, "/index.html"));
        Assert.Equal(404, (int)outside.StatusCode);
    }

    private static IEnumerable<string> CssUrls(string css) => CssUrl().Matches(css).Select(m => m.Groups[1].Value);

    [GeneratedRegex("""url\(\s*['"]?([^'")]+)['"]?\s*\)""")]
    private static partial Regex CssUrl();
}
