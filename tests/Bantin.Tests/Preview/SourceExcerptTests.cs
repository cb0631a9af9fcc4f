using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Preview;
using Bantin.Tests.Support;

namespace Bantin.Tests.Preview;

public sealed class SourceExcerptTests
{
    [Fact]
    public void Shows_two_lines_around_the_position_with_the_column_marked()
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
        var excerpt = SourceExcerpt.Read(site.Root, new SourceSpan("content/a.md", 3, 9))!;

        Assert.Equal(
        [
            "  1 | ---",
            "  2 | title: Tốt",
            "> 3 | author: \"Văn phòng",
            "    |         ^",
            "  4 | date: 2020-01-01",
            "  5 | ---",
        ], excerpt.Format());
    }

    [Fact]
    public void The_caret_follows_tabs_and_the_gutter_fits_the_widest_number()
    {
        using var site = TestSite.From("-- data/a.yaml --\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"k{i}: v\n")) + "\tbad: x\nk11: v\n");
        var lines = SourceExcerpt.Read(site.Root, new SourceSpan("data/a.yaml", 10, 3))!.Format().ToList();

        Assert.Equal("> 10 | \tbad: x", lines[2]);
        Assert.Equal("     | \t ^", lines[3]);
        Assert.Equal("  11 | k11: v", lines[4]);
    }

    [Theory]
    [InlineData("content/missing.md", 1)]
    [InlineData("content/a.md", 99)]
    [InlineData("content/a.md", 0)]
    [InlineData("../outside.txt", 1)]
    [InlineData("--base-url", 1)]
    public void No_excerpt_without_a_readable_line_inside_the_site(string file, int line)
    {
        using var site = TestSite.From("-- content/a.md --\nx\n");
        File.WriteAllText(Path.Combine(site.Root, "..", "outside.txt"), "secret");
        try
        {
            Assert.Null(SourceExcerpt.Read(site.Root, new SourceSpan(file, line, 1)));
        }
        finally
        {
            File.Delete(Path.Combine(site.Root, "..", "outside.txt"));
        }
    }

    [Fact]
    public void The_overlay_escapes_everything_it_shows_and_speaks_the_site_language()
    {
        using var site = TestSite.From("-- content/a.md --\n---\ntitle: <script>alert(1)</script>\n---\n");
        var diagnostic = new Diagnostic(Severity.Error, new SourceSpan("content/a.md", 2, 8), "Bad <b>thing</b> & more", "Write \"x\"");
        var problems = new[] { new Problem(diagnostic, SourceExcerpt.Read(site.Root, diagnostic.Span)) };

        var vi = ErrorOverlay.Render(problems, new Messages(Language.Vi), servingLastGood: true);
        Assert.DoesNotContain("<script>", vi);
        Assert.DoesNotContain("<b>", vi);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", vi);
        Assert.Contains("Bad &lt;b&gt;thing&lt;/b&gt; &amp; more", vi);
        Assert.Contains("→ Write &quot;x&quot;", vi);
        Assert.Contains("content/a.md:2:8", vi);
        Assert.Contains(">lỗi<", vi);
        Assert.Contains("bản dựng tốt gần nhất", vi);

        var en = ErrorOverlay.Render(problems, new Messages(Language.En), servingLastGood: false);
        Assert.Contains(">error<", en);
        Assert.Contains("The site could not be built.", en);
        Assert.Contains("lang=\"en\"", en);
    }
}
