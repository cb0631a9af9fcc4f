using Bantin.Diagnostics;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class BadInputTests
{
    [Fact]
    public void Unclosed_quote_in_front_matter_is_reported_at_its_line_with_a_fix()
    {
        using var site = TestSite.From("""
            -- content/a.md --
            ---
            title: Tốt
            author: "Văn phòng
            date: 2020-01-01
            ---
            x
            """);
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("content/a.md", error.Span.File);
        Assert.Equal((3, 9), (error.Span.Line, error.Span.Column));
        Assert.Equal("Dấu ngoặc kép mở ở đây không được đóng.", error.Message);
        Assert.Equal("Có phải bạn quên đóng dấu ngoặc kép?", error.Fix);
    }

    [Fact]
    public void All_errors_of_a_build_are_reported_together_with_positions()
    {
        using var site = TestSite.From("""
            -- content/no-title.md --
            ---
            date: 2020-01-01
            ---
            x
            -- content/no-date.md --
            ---
            title: Không ngày
            ---
            x
            -- content/bad-date.md --
            ---
            title: Sai ngày
            date: 2020-13-45
            ---
            x
            -- content/layout.md --
            ---
            title: Khuôn lạ
            date: 2020-01-02
            layout: artcle
            ---
            x
            -- content/no-front-matter.md --
            Chỉ có nội dung.
            """);
        var result = site.Build();
        Assert.False(result.Succeeded);
        var lines = result.Errors.Select(e => e.ToLine()).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Contains("content/bad-date.md:3:7: error: Ngày đăng \"2020-13-45\" không hợp lệ.", lines);
        Assert.Contains("content/layout.md:4:9: error: Không có khuôn trang (layout) \"artcle\".", lines);
        Assert.Contains("content/no-date.md:1:1: error: Bài viết thiếu ngày đăng (date).", lines);
        Assert.Contains("content/no-title.md:1:1: error: Bài viết thiếu tiêu đề (title).", lines);
        Assert.Contains("content/no-front-matter.md:1:1: error: Thiếu phần đầu (front matter) của bài.", lines);
        Assert.Equal("Có phải ý bạn là \"article\"?", result.Errors.Single(e => e.Span.File == "content/layout.md").Fix);
    }

    [Fact]
    public void A_bad_date_does_not_hide_the_errors_in_the_body()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n---\ntitle: A\ndate: 2019-04-31\n---\n![Ảnh](khong-co.svg)\n");
        var lines = site.Build().Errors.Select(e => e.ToLine()).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("content/a.md:3:7: error: Ngày đăng \"2019-04-31\" không hợp lệ.", lines[0]);
        Assert.StartsWith("content/a.md:5:1: error: Không tìm thấy tệp \"khong-co.svg\"", lines[1]);
    }

    [Fact]
    public void Errors_are_in_english_with_language_en()
    {
        using var site = TestSite.From("""
            -- site.yaml --
            title: Union news
            base_url: https://example.org/
            language: en
            -- content/a.md --
            ---
            title: No date here
            ---
            x
            """);
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal("The article has no date.", error.Message);
        Assert.Equal("Add to the front matter, e.g. date: 2019-04-27 14:23", error.Fix);
    }

    [Fact]
    public void Malformed_site_yaml_is_an_error_with_position()
    {
        using var site = TestSite.From("""
            -- site.yaml --
            title: T
            page_size: nhiều
            timezone: Asia/Ha_Noi
            """);
        var lines = site.Build().Errors.Select(e => e.ToLine()).ToList();
        Assert.Contains("site.yaml:2:12: error: page_size \"nhiều\" phải là số nguyên từ 1 đến 1000.", lines);
        Assert.Contains("site.yaml:3:11: error: Không biết múi giờ \"Asia/Ha_Noi\".", lines);
    }

    [Fact]
    public void Template_syntax_and_runtime_errors_point_into_the_template()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("A", "2020-01-01") +
            "-- templates/page.html --\n<p>{{ if page.title }}\n" +
            "-- templates/article.html --\n<h1>{{ page.title }}</h1>\n<p>{{ page.titel }}</p>\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Span.File == "templates/page.html" && e.Span.Line == 1 && e.Message.StartsWith("Lỗi cú pháp khuôn mẫu"));
        // A runtime error is reported once per template line, not once per page, naming a page it broke.
        var runtime = Assert.Single(result.Errors, e => e.Span.File == "templates/article.html");
        Assert.Equal(2, runtime.Span.Line);
        Assert.Contains("titel", runtime.Message);
        Assert.Contains("/2020/01/a/", runtime.Message);
    }

    [Fact]
    public void Two_items_with_one_url_is_an_error_naming_both_files()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("Tin mới", "2020-01-01") +
            "-- content/b.md --\n" + Md.Article("Tin Mới", "2020-01-05"));
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal("content/b.md", error.Span.File);
        Assert.Contains("/2020/01/tin-moi/", error.Message);
        Assert.Contains("content/a.md", error.Message);
    }

    [Fact]
    public void Missing_image_beside_an_article_is_reported_at_its_markdown_position()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n" + Md.Article("A", "2020-01-01", body: "Đoạn một.\n\n![Ảnh](khong-co.jpg)"));
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal(new SourceSpan("content/a.md", 7, 1), error.Span);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01"));
        site.BuildOk();
        var before = Snapshot(site.Output);

        site.Write("content/b.md", "---\ntitle: B\n---\nx\n");
        site.Write("content/a.md", Md.Article("A đã sửa", "2020-01-01"));
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".bantin-staging-*"));
    }

    [Fact]
    public void Cli_exit_codes_are_0_ok_1_content_errors_2_bad_usage()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01"));
        Assert.Equal(0, site.Cli("build", "--site", site.Root, "--build-time", "2025-01-01T00:00:00+07:00").Code);
        Assert.Equal(2, site.Cli("build", "--site", site.Root, "--no-such-option").Code);
        Assert.Equal(2, site.Cli("build", "--site", site.Root, "--build-time", "hôm qua").Code);
        site.Write("content/b.md", "không có phần đầu\n");
        var (code, _, err) = site.Cli("build", "--site", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("content/b.md:1:1: error:", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Help_lists_every_command_and_option()
    {
        using var site = TestSite.From("");
        var (code, root, _) = site.Cli("--help");
        Assert.Equal(0, code);
        Assert.Contains("build", root);
        var (_, build, _) = site.Cli("build", "--help");
        foreach (var option in new[] { "--site", "--output", "--drafts", "--base-url", "--build-time" })
            Assert.Contains(option, build);
    }

    [Fact]
    public void Timings_print_one_line_per_build_stage_and_per_template()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01"));
        var (code, output, _) = site.Cli("build", "--site", site.Root, "--build-time", "2025-01-01T00:00:00+07:00", "--timings");
        Assert.Equal(0, code);
        var lines = output.Split('\n').Select(l => l.Trim()).ToList();
        var stages = lines.Where(l => l.EndsWith(" MiB allocated")).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(["site.yaml", "templates", "data", "content", "bodies", "index", "plan", "pages", "files", "swap"], stages);
        // Then one line per page template: name, pages, then thread times and allocations.
        var article = Assert.Single(lines, l => l.StartsWith("article.html "));
        Assert.Equal("1", article.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        Assert.Contains(lines, l => l.StartsWith("home.html "));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
