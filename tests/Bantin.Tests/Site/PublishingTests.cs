using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class PublishingTests
{
    private static TestSite WithDraftAndFuture() => TestSite.From(
        "-- content/a.md --\n" + Md.Article("Đã đăng", "2024-06-01 08:00", "Tin", "chung") +
        "-- content/draft.md --\n" + Md.Article("Bản nháp", "2024-06-02 08:00", "Tin", "chung", extra: "draft: true\n") +
        "-- content/future.md --\n" + Md.Article("Hẹn đăng", "2025-03-01 08:00", "Tin", "chung"));

    [Fact]
    public void Drafts_and_future_articles_are_left_out_of_every_page_feed_and_sitemap()
    {
        using var site = WithDraftAndFuture();
        site.BuildOk();
        Assert.False(site.Exists("2024/06/ban-nhap/index.html"));
        Assert.False(site.Exists("2025/03/hen-dang/index.html"));
        Assert.False(site.Exists("2025/index.html"));
        var everything = string.Concat(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html") || f.EndsWith(".xml")).Select(File.ReadAllText));
        Assert.DoesNotContain("Bản nháp", everything);
        Assert.DoesNotContain("Hẹn đăng", everything);
        Assert.DoesNotContain("ban-nhap", everything);
        Assert.Equal("Tổng số: 1 | Trang: 1 trên tổng số 1 trang", site.Page("/the/chung/").QuerySelector(".pager-line")!.TextContent);
    }

    [Fact]
    public void Drafts_option_includes_them()
    {
        using var site = WithDraftAndFuture();
        site.BuildOk(drafts: true);
        Assert.True(site.Exists("2024/06/ban-nhap/index.html"));
        Assert.True(site.Exists("2025/03/hen-dang/index.html"));
    }

    [Fact]
    public void Drafts_and_future_articles_carry_a_badge_on_their_page_and_in_lists_when_shown()
    {
        using var site = WithDraftAndFuture();
        site.BuildOk(drafts: true);
        Assert.Equal("Bản nháp", site.Page("/2024/06/ban-nhap/").QuerySelector("article header .badge-draft")!.TextContent);
        Assert.Equal("Hẹn đăng", site.Page("/2025/03/hen-dang/").QuerySelector("article header .badge-scheduled")!.TextContent);
        Assert.Null(site.Page("/2024/06/da-dang/").QuerySelector("article header .badge"));
        var list = site.Page("/the/chung/");
        Assert.Equal(["Hẹn đăng", "Bản nháp"], list.QuerySelectorAll(".card .badge").Select(b => b.TextContent));
    }

    [Fact]
    public void Build_time_decides_what_is_future()
    {
        using var site = WithDraftAndFuture();
        site.BuildOk(time: new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        Assert.True(site.Exists("2025/03/hen-dang/index.html"));
    }

    [Fact]
    public void Same_input_and_build_time_give_byte_identical_output()
    {
        using var site = WithDraftAndFuture();
        var first = Path.Combine(site.Root, "out1");
        var second = Path.Combine(site.Root, "out2");
        Assert.True(site.Build(output: first).Succeeded);
        Assert.True(site.Build(output: second).Succeeded);
        var a = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order().ToList();
        var b = Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order().ToList();
        Assert.Equal(a, b);
        foreach (var file in a)
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
    }

    [Theory]
    [InlineData(1, 1, "vi", "Bỏ qua 1 bản nháp và 1 bài hẹn đăng (dùng --drafts để dựng cả chúng).")]
    [InlineData(2, 0, "vi", "Bỏ qua 2 bản nháp (dùng --drafts để dựng cả chúng).")]
    [InlineData(0, 3, "vi", "Bỏ qua 3 bài hẹn đăng (dùng --drafts để dựng cả chúng).")]
    [InlineData(2, 1, "en", "Left out 2 drafts and 1 future-dated article (use --drafts to build them too).")]
    [InlineData(1, 2, "en", "Left out 1 draft and 2 future-dated articles (use --drafts to build them too).")]
    public void Build_says_how_many_drafts_and_future_articles_it_left_out(int drafts, int future, string language, string expected)
    {
        using var site = Counted(drafts, future, language);
        var (code, output, _) = site.Cli("build", "--site", site.Root, "--build-time", "2025-01-01T00:00:00+07:00");
        Assert.Equal(0, code);
        Assert.Contains(expected, output.Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Theory]
    [InlineData(0, 0, new string[0])]
    [InlineData(1, 1, new[] { "--drafts" })]
    public void Build_says_nothing_of_drafts_when_it_left_none_out(int drafts, int future, string[] extra)
    {
        using var site = Counted(drafts, future, "vi");
        var (code, output, _) = site.Cli(["build", "--site", site.Root, "--build-time", "2025-01-01T00:00:00+07:00", .. extra]);
        Assert.Equal(0, code);
        Assert.DoesNotContain("Bỏ qua", output);
        Assert.DoesNotContain("--drafts", output);
    }

    private static TestSite Counted(int drafts, int future, string language) => TestSite.From(
        $"-- site.yaml --\ntitle: T\nlanguage: {language}\nbase_url: https://example.org/\n" +
        "-- content/a.md --\n" + Md.Article("Đã đăng", "2024-06-01 08:00") +
        string.Concat(Enumerable.Range(0, drafts).Select(i => $"-- content/d{i}.md --\n" + Md.Article($"Nháp {i}", "2024-06-02 08:00", extra: "draft: true\n"))) +
        string.Concat(Enumerable.Range(0, future).Select(i => $"-- content/f{i}.md --\n" + Md.Article($"Hẹn {i}", "2025-03-01 08:00"))));
}
