using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Scriban cuts a value converted to text at <c>TemplateContext.LimitToString</c> characters (1,048,576 by default) and
/// adds "...": a long report pasted into one article (a year's minutes, a full statute) would lose its end silently.
/// </summary>
public sealed class LargePageTests
{
    [Fact]
    public void An_article_over_a_million_characters_keeps_its_whole_body()
    {
        var paragraph = new string('x', 70);
        var body = string.Concat(Enumerable.Range(1, 20_000).Select(i => $"Đoạn {i}: {paragraph}\n\n")) + "Đoạn cuối của biên bản.\n";
        Assert.True(body.Length > 1_200_000);
        using var site = TestSite.From("-- content/bien-ban.md --\n" + Md.Article("Biên bản hội nghị", "2020-01-02 08:00", "Tin tức", body: body));
        site.BuildOk();

        var html = site.Text("2020/01/bien-ban-hoi-nghi/index.html");
        Assert.Contains("<p>Đoạn cuối của biên bản.</p>", html);
        Assert.Contains("</html>", html);
    }
}
