using Bantin.Output;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// A portable build (<c>build --relative</c> or site.yaml <c>relative_urls: true</c>) opens from a folder or a USB
/// stick: every link inside the site is relative and names its index.html, since file:// shows a folder's listing.
/// </summary>
public sealed class PortableBuildTests
{
    [Theory]
    [InlineData("index.html", "<a href=\"/congdoan/\">", "<a href=\"index.html\">")]
    [InlineData("2024/03/bai/index.html", "<a href=\"/congdoan/\">", "<a href=\"../../../index.html\">")]
    [InlineData("2024/03/bai/index.html", "<link rel=\"stylesheet\" href=\"/congdoan/assets/style.css\">", "<link rel=\"stylesheet\" href=\"../../../assets/style.css\">")]
    [InlineData("the/index.html", "<a href=\"/congdoan/the/doan-vien/#top\">", "<a href=\"doan-vien/index.html#top\">")]
    [InlineData("tim-kiem/index.html", "<form action=\"/congdoan/tim-kiem/\">", "<form action=\"index.html\">")]
    [InlineData("a/index.html", "<a href='/congdoan/b/?q=1'>", "<a href='../b/index.html?q=1'>")]
    [InlineData("a/index.html", "<img src=\"/congdoan/a/anh.svg\" srcset=\"/congdoan/a/anh.svg 1x, /congdoan/a/anh@2x.svg 2x\">", "<img src=\"anh.svg\" srcset=\"anh.svg 1x, anh@2x.svg 2x\">")]
    [InlineData("a/index.html", "<a href=\"https://example.org/congdoan/\">", "<a href=\"https://example.org/congdoan/\">")]
    [InlineData("a/index.html", "<a href=\"/khac/\">", "<a href=\"/khac/\">")]
    [InlineData("a/index.html", "<a href=\"anh.svg\">", "<a href=\"anh.svg\">")]
    [InlineData("a/index.html", "<p>href=\"/congdoan/\" as text</p>", "<p>href=\"/congdoan/\" as text</p>")]
    public void Links_under_the_base_path_become_relative_to_the_page(string page, string html, string want)
    {
        Assert.Equal(want, RelativeLinks.Rewrite(html, page, "/congdoan/"));
    }

    [Fact]
    public void At_the_root_every_rooted_link_becomes_relative_but_not_a_protocol_relative_one()
    {
        Assert.Equal("<a href=\"../x/index.html\"><img src=\"//cdn.example/a.png\">",
            RelativeLinks.Rewrite("<a href=\"/x/\"><img src=\"//cdn.example/a.png\">", "a/index.html", "/"));
    }

    [Theory]
    [InlineData("relative_urls: true", false)]
    [InlineData("", true)]
    public void A_portable_build_has_no_rooted_link_left_in_any_page(string setting, bool cli)
    {
        using var site = TestSite.From($"""
            -- site.yaml --
            {TestSite.DefaultSiteYaml}
            {setting}
            -- content/bai.md --
            ---
            title: Đại hội
            date: 2024-03-01
            tags: [đoàn viên]
            image: anh.svg
            ---
            ![Ảnh](anh.svg) [Giới thiệu](/congdoan/gioi-thieu/)
            -- content/anh.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"></svg>
            -- content/pages/gioi-thieu.md --
            ---
            title: Giới thiệu
            ---
            Trang.
            """);
        var (code, stdout, stderr) = cli
            ? site.Cli("build", "--site", site.Root, "--relative")
            : site.Cli("build", "--site", site.Root);
        Assert.True(code == 0, stdout + stderr);

        var article = site.Page("/2024/03/dai-hoi/");
        Assert.Equal("../../../assets/style.css", article.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Contains(article.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../../../gioi-thieu/index.html");
        Assert.Equal("anh.svg", article.QuerySelector(".prose img")!.GetAttribute("src"));
        var home = site.Page("/");
        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "2024/03/dai-hoi/index.html");
        Assert.Equal("2024/03/dai-hoi/anh.svg", home.QuerySelector(".card-image img")!.GetAttribute("src"));
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("href=\"/congdoan/", text);
            Assert.DoesNotContain("src=\"/congdoan/", text);
        }
    }

    [Fact]
    public void A_normal_build_keeps_rooted_links()
    {
        using var site = TestSite.From("-- content/bai.md --\n" + Md.Article("Đại hội", "2024-03-01"));
        site.BuildOk();
        Assert.Equal("/congdoan/assets/style.css", site.Page("/").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }
}
