using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Without base_url a build used to put http://localhost/ into the feed and the canonical links, silently.
/// A build for publishing needs the real address; a check can go on (it publishes nothing), and a preview
/// supplies its own address.
/// </summary>
public sealed class BaseUrlTests
{
    private const string NoBaseUrl = """
        -- site.yaml --
        title: Công đoàn thử
        -- content/a.md --
        ---
        title: A
        date: 2020-01-01
        ---
        x
        """;

    [Fact]
    public void Build_without_base_url_is_an_error_with_the_fix()
    {
        using var site = TestSite.From(NoBaseUrl);
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("site.yaml:1:1: error: site.yaml thiếu base_url: địa chỉ nơi site được đăng, dùng cho nguồn tin (feed) và liên kết chính thức.", error.ToLine());
        Assert.Equal("Thêm dòng: base_url: https://…/ (ví dụ: base_url: https://congdoan.example.vn/), hoặc dựng với --base-url https://…/", error.Fix);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Build_without_base_url_exits_with_the_content_error_code()
    {
        using var site = TestSite.From(NoBaseUrl);
        var (code, _, err) = site.Cli("build", "--site", site.Root, "--output", site.Output);
        Assert.Equal(1, code);
        Assert.Contains("base_url", err);
    }

    [Fact]
    public void Build_with_base_url_on_the_command_line_needs_none_in_site_yaml()
    {
        using var site = TestSite.From(NoBaseUrl);
        site.BuildOk(baseUrl: "https://congdoan.example.vn/");
        Assert.Contains("https://congdoan.example.vn/2020/01/a/", site.Text("feed.xml"));
    }

    [Fact]
    public void Check_without_base_url_warns_and_passes()
    {
        using var site = TestSite.From(NoBaseUrl);
        var result = new SiteBuilder().Build(new BuildOptions(site.Root, BuildTime: TestSite.BuildTime, CheckOnly: true));
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("site.yaml:1:1: warning: site.yaml thiếu base_url: địa chỉ nơi site được đăng, dùng cho nguồn tin (feed) và liên kết chính thức.", warning.ToLine());
    }
}
