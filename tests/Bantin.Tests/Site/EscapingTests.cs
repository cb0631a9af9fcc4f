using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>Values from front matter and data never end an attribute early (issue #12, "escapes").</summary>
public sealed partial class EscapingTests
{
    [Theory]
    [InlineData("'https://x/a.png\" autofocus onfocus=\"alert(1)'")]
    [InlineData("'https://x/a b.png'")]
    [InlineData("javascript:alert(1)")]
    [InlineData("'data:image/svg+xml,<svg onload=alert(1)>'")]
    [InlineData("//evil.example/a.png")]
    [InlineData("ftp://x/a.png")]
    [InlineData("'a.png\" onerror=\"alert(1)'")]
    [InlineData("\"a\\u0001.png\"")]
    [InlineData("'/anh/a.png\"x'")]
    public void A_hostile_image_value_is_an_error_at_its_place_and_nothing_is_published(string yaml)
    {
        using var site = TestSite.From($"-- content/a.md --\n---\ntitle: A\ndate: 2024-05-01\nimage: {yaml}\n---\nx\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("content/a.md", 4), (error.Span.File, error.Span.Line));
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("https://example.org/anh/a.png?w=1&h=2")]
    [InlineData("/anh/hoi-nghi.png")]
    [InlineData("anh.svg")]
    public void A_good_image_value_is_published_and_escaped_in_its_attributes(string image)
    {
        using var site = TestSite.From($"-- content/a.md --\n---\ntitle: A\ndate: 2024-05-01\nslug: a\nimage: {image}\n---\nx\n"
            + "-- content/anh.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"></svg>\n");
        site.BuildOk();
        var html = site.Text("index.html");
        var img = new HtmlParser().ParseDocument(html).QuerySelector(".card-image img")!;
        Assert.EndsWith(image.TrimStart('/'), img.GetAttribute("src"));
        Assert.DoesNotContain("&h=", html);
        var meta = site.Page("/2024/05/a/").QuerySelector("meta[property='og:image']")!;
        Assert.EndsWith(image.TrimStart('/'), meta.GetAttribute("content"));
    }

    /// <summary>
    /// Every value the theme puts into an attribute goes through html.escape: an id, URL or name that reaches a page
    /// some other way than those checked when read still cannot add an attribute.
    /// </summary>
    [Fact]
    public void Every_attribute_value_in_the_theme_is_escaped()
    {
        var unescaped = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "generator", "Theme"), "*.html", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                foreach (Match value in AttributeValue().Matches(lines[i]))
                foreach (Match expression in Expression().Matches(value.Value))
                    if (!expression.Value.Contains("html.escape") && !Keyword().IsMatch(expression.Value))
                        unescaped.Add($"{Path.GetFileName(file)}:{i + 1}: {expression.Value}");
        }
        Assert.Empty(unescaped);
    }

    // An attribute value: from =" to the next " that is not inside {{ }}.
    [GeneratedRegex("=\"(?:[^\"{]|\\{\\{.*?\\}\\}|\\{)*\"")]
    private static partial Regex AttributeValue();

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex(@"^\{\{[~-]?\s*(if|else|end|for)\b")]
    private static partial Regex Keyword();
}
