using System.Xml.Linq;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// site.yaml <c>web_config: true</c> writes an IIS web.config with the site: default document, UTF-8 and the MIME
/// types IIS lacks, and the 404 page under the site's sub-path. Off by default: a server's own web.config stays.
/// </summary>
public sealed class WebConfigTests
{
    private static readonly XNamespace None = XNamespace.None;

    private static TestSite Site(string extra, string baseUrl = "https://example.org/congdoan/") => TestSite.From($"""
        -- site.yaml --
        title: Công đoàn thử
        base_url: {baseUrl}
        {extra}
        -- content/bai.md --
        ---
        title: Bài
        date: 2024-01-01
        ---
        Nội dung.
        """);

    [Fact]
    public void Web_config_true_writes_an_iis_config_that_lists_in_the_manifest()
    {
        using var site = Site("web_config: true");
        site.BuildOk();

        var config = XDocument.Parse(site.Text("web.config"));
        var server = config.Root!.Element("system.webServer")!;
        Assert.Equal("index.html", server.Element("defaultDocument")!.Element("files")!.Element("add")!.Attribute("value")!.Value);
        var types = server.Element("staticContent")!.Elements("mimeMap")
            .ToDictionary(m => m.Attribute("fileExtension")!.Value, m => m.Attribute("mimeType")!.Value);
        Assert.Equal("text/html; charset=utf-8", types[".html"]);
        Assert.Equal("application/manifest+json; charset=utf-8", types[".webmanifest"]);
        Assert.Equal("image/svg+xml; charset=utf-8", types[".svg"]);
        Assert.Equal("application/json; charset=utf-8", types[".json"]);
        Assert.Equal("application/xml; charset=utf-8", types[".xml"]);
        Assert.Equal("font/woff2", types[".woff2"]);
        // Every mimeMap is preceded by its remove: IIS refuses a duplicate of a type it already knows.
        Assert.Equal(types.Keys.Order(), server.Element("staticContent")!.Elements("remove").Select(r => r.Attribute("fileExtension")!.Value).Order());
        var notFound = server.Element("httpErrors")!.Element("error")!;
        Assert.Equal("404", notFound.Attribute("statusCode")!.Value);
        Assert.Equal("/congdoan/404.html", notFound.Attribute("path")!.Value);
        Assert.Contains("web.config", File.ReadAllLines(Path.Combine(site.Output, ".bantin-files")));
    }

    [Fact]
    public void At_the_root_of_a_domain_the_404_page_is_at_the_root()
    {
        using var site = Site("web_config: true", "https://congdoan.example.vn/");
        site.BuildOk();
        Assert.Contains("path=\"/404.html\"", site.Text("web.config"));
    }

    [Fact]
    public void Without_the_setting_there_is_no_web_config()
    {
        using var site = Site("");
        site.BuildOk();
        Assert.False(site.Exists("web.config"));
    }

    [Fact]
    public void A_value_that_is_not_true_or_false_is_an_error()
    {
        using var site = Site("web_config: iis");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("site.yaml:3:13") && d.ToString().Contains("web_config"));
    }
}
