using Bantin.Render;

namespace Bantin.Tests.Render;

public sealed class RenderedBodyTests
{
    [Fact]
    public void Html_kept_as_UTF_8_comes_back_as_the_same_text()
    {
        const string html = "<p>Đoàn viên <strong>đạt 97,29%</strong> kế hoạch; “Lào Cai” & 😀</p>\n";
        var body = new RenderedBody(html, "Đoàn viên", [], []);
        Assert.Equal(html, body.Html);
        Assert.Equal("Đoàn viên", body.FirstParagraph);
    }

    [Fact]
    public void Same_html_compares_the_bytes_and_with_html_keeps_the_rest()
    {
        var links = new[] { new BodyLink("/a/", 3, 1, false, "") };
        var body = new RenderedBody("<p>Một</p>", "Một", [], links);
        Assert.True(body.SameHtml(new RenderedBody("<p>Một</p>", "khác", [], [])));
        Assert.False(body.SameHtml(new RenderedBody("<p>Mốt</p>", "Một", [], [])));
        var other = body.WithHtml("<p>Hai</p>");
        Assert.Equal("<p>Hai</p>", other.Html);
        Assert.Same(links, other.Links);
        Assert.Equal("Một", other.FirstParagraph);
    }
}
