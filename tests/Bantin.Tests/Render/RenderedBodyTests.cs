using Bantin.Render;

namespace Bantin.Tests.Render;

public sealed class RenderedBodyTests
{
    [Fact]
    public void Html_comes_back_as_the_same_text()
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

    [Fact]
    public void A_packed_body_unpacks_to_the_same_html()
    {
        var html = string.Concat(Enumerable.Range(0, 200).Select(i => $"<p>Đoàn viên công đoàn cơ sở {i} đạt 97,29% kế hoạch.</p>\n"));
        var body = new RenderedBody(html, "Đoàn viên", [new LocalFile("anh.jpg", 4, 1)], []);
        var packed = body.Packed();
        Assert.False(body.IsPacked);
        Assert.True(packed.IsPacked);
        Assert.Equal(html, packed.Html);
        Assert.Equal("Đoàn viên", packed.FirstParagraph);
        Assert.Same(body.LocalFiles, packed.LocalFiles);
        Assert.True(packed.SameHtml(body));
        Assert.Same(packed, packed.Packed());
        Assert.False(packed.SameHtml(new RenderedBody("<p>khác</p>", "", [], [])));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(320)]
    [InlineData(321)]
    [InlineData(2000)]
    public void A_packed_body_keeps_of_its_first_paragraph_what_a_summary_reads_and_no_links(int words)
    {
        // A build packs the bodies of a large site and never checks them: at 100,000 articles the long first
        // paragraphs and the links were some 170 MB held to the end of the build.
        var lead = string.Join(' ', Enumerable.Range(0, words).Select(i => i % 5 == 0 ? "đoàn," : "viên"));
        var body = new RenderedBody("<p>" + lead + "</p>", lead, [], [new BodyLink("/a/", 3, 1, true, "")]);
        var packed = body.Packed();
        Assert.Equal(ViewFactory.Shorten(lead), ViewFactory.Shorten(packed.FirstParagraph));
        Assert.True(packed.FirstParagraph.Length <= ViewFactory.SummaryLength + 1);
        Assert.StartsWith(packed.FirstParagraph, lead, StringComparison.Ordinal);
        Assert.Empty(packed.Links);
    }
}
