using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Invisible control characters (Word's Shift+Enter is U+000B) cannot go into the feed or the pages: in front matter
/// and YAML they are an error at their column, in a body they are taken out; nothing crashes, check says what build says.
/// </summary>
public sealed class ControlCharacterTests
{
    [Theory]
    [InlineData("title: Họp\u000Bmặt", 2, 11, "U+000B")]
    [InlineData("title: Họp\u0001mặt", 2, 11, "U+0001")]
    [InlineData("title: Họp mặt\uFFFE", 2, 15, "U+FFFE")]
    [InlineData("title: Họp mặt\uFFFF", 2, 15, "U+FFFF")]
    [InlineData("title: Họp mặt\nauthor: Văn phòng\u0001", 3, 18, "U+0001")]
    [InlineData("title: Họp mặt\nsummary: \"Tóm\u001Ftắt\"", 3, 14, "U+001F")]
    [InlineData("title: Họp mặt\ncategory: Tin\u0001tức", 3, 14, "U+0001")]
    [InlineData("title: Họp mặt\ntags: [a\u000Cb]", 3, 9, "U+000C")]
    public void A_control_character_in_front_matter_is_an_error_at_its_column_for_build_and_check(string lines, int line, int column, string code)
    {
        using var site = TestSite.From($"-- content/a.md --\n---\n{lines}\ndate: 2020-01-01\n---\nNội dung.\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("content/a.md", line, column), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains($"Ký tự điều khiển {code}", error.Message);
        Assert.Contains("xóa", error.Fix);

        var (exit, output, _) = site.Cli("check", "--site", site.Root);
        Assert.Equal(1, exit);
        Assert.Contains($"content/a.md:{line}:{column}: error: Ký tự điều khiển {code}", output);
    }

    [Theory]
    [InlineData("Dòng một\u000Bdòng hai", "Dòng một dòng hai")]
    [InlineData("Dòng một\u000Cdòng hai", "Dòng một dòng hai")]
    [InlineData("Đoàn\u0001 viên", "Đoàn viên")]
    [InlineData("Đoàn\0 viên", "Đoàn viên")]
    [InlineData("Đoàn\uFFFE viên\uFFFF", "Đoàn viên")]
    public void A_control_character_in_a_body_is_taken_out_and_the_feed_is_written(string paragraph, string printed)
    {
        using var site = TestSite.From($"-- content/a.md --\n---\ntitle: Họp mặt\ndate: 2020-01-01\n---\n{paragraph}\n\n## {paragraph}\n");
        site.BuildOk();
        var page = site.Page("/2020/01/hop-mat/");
        Assert.Equal(printed, page.QuerySelector(".prose p")!.TextContent);
        Assert.Equal(printed, page.QuerySelector(".prose h2")!.TextContent);
        Assert.Contains($"<description>{printed}</description>", site.Text("feed.xml"));
        var (exit, output, _) = site.Cli("check", "--site", site.Root);
        Assert.Equal(0, exit);
        Assert.Contains("0 lỗi", output);
    }

    [Fact]
    public void A_control_character_in_site_yaml_is_an_error_at_its_column()
    {
        using var site = TestSite.From("-- site.yaml --\ntitle: Công đoàn\u0001 thử\nbase_url: https://example.org/\n-- content/a.md --\n" + Md.Article("A", "2020-01-01"));
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal(("site.yaml", 1, 17), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("U+0001", error.Message);
    }

    [Fact]
    public void A_control_character_in_a_data_file_is_an_error_at_its_column()
    {
        using var site = TestSite.From("-- data/units.yaml --\n- id: vn\n  name: Tổng Liên đoàn\u000B Lao động\n-- content/a.md --\n" + Md.Article("A", "2020-01-01"));
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal(("data/units.yaml", 2, 23), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("U+000B", error.Message);
    }
}
