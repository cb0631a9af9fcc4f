using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// A site on its first day: nothing published yet, or articles without tags. The built-in theme must not link to
/// pages such a site does not have, or `check` fails before the editor has written anything.
/// </summary>
public sealed class EmptySiteTests
{
    private static BuildResult Check(TestSite site) =>
        new SiteBuilder().Build(new BuildOptions(site.Root, BuildTime: TestSite.BuildTime, CheckOnly: true));

    [Theory]
    [InlineData("-- content/2024/01/nhap.md --\n---\ntitle: Bản nháp\ndate: 2024-01-01\ndraft: true\n---\nNội dung.\n")]
    [InlineData("-- content/pages/gioi-thieu.md --\n---\ntitle: Giới thiệu\n---\nNội dung.\n")]
    [InlineData("-- content/2024/01/bai.md --\n---\ntitle: Bài không có thẻ\ndate: 2024-01-01\n---\nNội dung.\n")]
    [InlineData("")]
    public void A_site_with_nothing_tagged_passes_check_with_no_diagnostics(string files)
    {
        using var site = TestSite.From(files);
        var result = Check(site);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    /// <summary>A tagged draft: with drafts the tag pages exist, without them the theme must not link to them.</summary>
    [Theory]
    [InlineData("check")]
    [InlineData("check", "--no-drafts")]
    [InlineData("check", "--drafts")]
    public void A_site_whose_only_article_is_a_tagged_draft_passes_check(params string[] command)
    {
        using var site = TestSite.From("-- content/2024/01/nhap.md --\n" + Md.Article("Bản nháp", "2024-01-01", tags: "đoàn viên", extra: "draft: true\n"));

        var (code, stdout, stderr) = site.Cli([.. command, "--site", site.Root]);

        Assert.True(code == 0, stdout + stderr);
        Assert.DoesNotContain("Liên kết hỏng", stdout + stderr);
    }

    [Fact]
    public void The_footer_links_to_all_tags_only_when_some_article_has_a_tag()
    {
        using var site = TestSite.From("-- content/2024/01/bai.md --\n" + Md.Article("Bài", "2024-01-01"));
        site.BuildOk();
        Assert.Empty(site.Page("/").QuerySelectorAll("footer a[href='/congdoan/the/']"));

        site.Write("content/2024/01/bai.md", Md.Article("Bài", "2024-01-01", tags: "đoàn viên"));
        site.BuildOk();
        Assert.Single(site.Page("/").QuerySelectorAll("footer a[href='/congdoan/the/']"));
    }
}
