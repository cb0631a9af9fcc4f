using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>Markdown nested past Markdig's limit (128 levels) is an error at its line, never a crash.</summary>
public sealed class DeepNestingTests
{
    [Theory]
    [InlineData("quotes", 128, "> ", "")]
    [InlineData("emphasis", 1000, "*", "*")]
    [InlineData("brackets", 10000, "[", "")]
    [InlineData("ordered", 100, "1. ", "")]
    public void Too_deep_nesting_on_one_line_is_an_error_at_that_line(string name, int count, string opening, string closing)
    {
        var deep = string.Concat(Enumerable.Repeat(opening, count)) + "x" + string.Concat(Enumerable.Repeat(closing, count));
        using var site = TestSite.From($"-- content/{name}.md --\n---\ntitle: Lồng sâu\ndate: 2020-01-01\n---\nĐoạn đầu.\n\n{deep}\n\nĐoạn cuối.\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"content/{name}.md", error.Span.File);
        Assert.Equal(7, error.Span.Line);
        Assert.Contains("lồng nhau quá sâu", error.Message);
        Assert.Contains("\\", error.Fix);
    }

    [Fact]
    public void A_list_a_hundred_levels_deep_is_an_error_at_the_line_past_the_limit()
    {
        var list = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- mục\n"));
        using var site = TestSite.From("-- content/a.md --\n---\ntitle: Danh sách\ndate: 2020-01-01\n---\n" + list);
        var result = site.Build();
        var error = Assert.Single(result.Errors);
        Assert.Equal("content/a.md", error.Span.File);
        Assert.InRange(error.Span.Line, 5, 104);
        Assert.Contains("lồng nhau quá sâu", error.Message);
    }

    [Fact]
    public void Check_reports_it_too_and_the_other_articles_errors_come_with_it()
    {
        using var site = TestSite.From(
            "-- content/a.md --\n---\ntitle: A\ndate: 2020-01-01\n---\n" + string.Concat(Enumerable.Repeat("> ", 200)) + "x\n" +
            "-- content/b.md --\n---\ntitle: B\ndate: 2020-13-01\n---\nx\n");
        var (code, output, _) = site.Cli("check", "--site", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("content/a.md:5:1: error:", output);
        Assert.Contains("content/b.md:3:7: error:", output);
    }
}
