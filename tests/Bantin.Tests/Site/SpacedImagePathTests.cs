using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Markdown does not take a space or a backslash in an image or link address (<c>![x](ảnh hội nghị.png)</c> used to
/// print as text, silently); Bantin reads it as the file it names, and a file that is not there is an error at its place.
/// </summary>
public sealed class SpacedImagePathTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"80\" height=\"45\"></svg>";

    private static TestSite Site(string body, params string[] files) => TestSite.From(
        "-- content/tin/a.md --\n---\ntitle: Hội nghị\ndate: 2020-01-02\n---\nĐoạn đầu.\n\n" + body + "\n" +
        string.Concat(files.Select(f => $"-- content/tin/{f} --\n{Svg}\n")));

    [Theory]
    [InlineData("![Toàn cảnh hội nghị](ảnh hội nghị.svg)", "ảnh hội nghị.svg", "ảnh hội nghị.svg")]
    [InlineData("![Toàn cảnh hội nghị]( ảnh hội nghị.svg )", "ảnh hội nghị.svg", "ảnh hội nghị.svg")]
    [InlineData("![Toàn cảnh hội nghị](ảnh hội nghị.svg \"Toàn cảnh\")", "ảnh hội nghị.svg", "ảnh hội nghị.svg")]
    [InlineData("Xem ![Toàn cảnh](anh\\hoi-nghi.svg) nhé", "anh/hoi-nghi.svg", "anh/hoi-nghi.svg")]
    [InlineData("![Toàn cảnh](ảnh\\hội nghị.svg)", "ảnh/hội nghị.svg", "ảnh/hội nghị.svg")]
    public void An_image_address_with_spaces_or_backslashes_is_the_file_it_names(string markdown, string file, string copied)
    {
        using var site = Site(markdown, file);
        site.BuildOk();
        var image = Assert.Single(site.Page("/2020/01/hoi-nghi/").QuerySelectorAll(".prose img"));
        Assert.Equal(file, Uri.UnescapeDataString(image.GetAttribute("src")!));
        Assert.Equal("80", image.GetAttribute("width"));
        Assert.True(site.Exists("2020/01/hoi-nghi/" + copied));
        Assert.DoesNotContain("](", site.Page("/2020/01/hoi-nghi/").QuerySelector(".prose")!.TextContent);
        var (exit, output, _) = site.Cli("check", "--site", site.Root);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void A_title_after_a_spaced_address_stays_the_title()
    {
        using var site = Site("![Toàn cảnh](ảnh hội nghị.svg \"Toàn cảnh hội trường\")", "ảnh hội nghị.svg");
        site.BuildOk();
        Assert.Equal("Toàn cảnh hội trường", site.Page("/2020/01/hoi-nghi/").QuerySelector(".prose img")!.GetAttribute("title"));
    }

    [Fact]
    public void A_spaced_address_of_a_missing_file_is_an_error_at_the_image()
    {
        using var site = Site("Trước.\n\nXem ![Toàn cảnh hội nghị](ảnh hội nghị.png) dưới đây.");
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal(("content/tin/a.md", 9, 5), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("ảnh hội nghị.png", error.Message);
        var (exit, output, _) = site.Cli("check", "--site", site.Root);
        Assert.Equal(1, exit);
        Assert.Contains("content/tin/a.md:9:5: error:", output);
    }

    [Theory]
    [InlineData("`![x](ảnh hội nghị.svg)`", "![x](ảnh hội nghị.svg)")]
    [InlineData("```\n![x](ảnh hội nghị.svg)\n```", "![x](ảnh hội nghị.svg)")]
    [InlineData("    ![x](ảnh\\hội.svg)", "![x](ảnh\\hội.svg)")]
    public void Inside_code_it_stays_as_written(string markdown, string code)
    {
        using var site = Site(markdown, "ảnh hội nghị.svg");
        site.BuildOk();
        Assert.Equal(code, site.Page("/2020/01/hoi-nghi/").QuerySelector(".prose code")!.TextContent.TrimEnd('\n'));
    }

    [Theory]
    [InlineData("Đọc [báo cáo](bao cao tong hop.pdf) nhé.", "bao%20cao%20tong%20hop.pdf")]
    [InlineData("Một [ghi chú](xem bên dưới) trong ngoặc.", null)]
    public void A_link_with_spaces_is_a_link_when_it_names_a_file(string markdown, string? href)
    {
        using var site = Site(markdown);
        site.BuildOk();
        var link = site.Page("/2020/01/hoi-nghi/").QuerySelector(".prose a");
        Assert.Equal(href, link?.GetAttribute("href"));
    }
}
