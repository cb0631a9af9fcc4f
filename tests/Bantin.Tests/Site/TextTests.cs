using System.Text;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class TextTests
{
    [Fact]
    public void Decomposed_title_renders_and_slugs_like_the_composed_one()
    {
        var decomposed = "Đoàn viên tháng Tư".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Đoàn viên tháng Tư", decomposed);
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article(decomposed, "2020-04-01", tags: decomposed));
        site.BuildOk();
        var page = site.Page("/2020/04/doan-vien-thang-tu/");
        Assert.Equal("Đoàn viên tháng Tư", page.QuerySelector("h1")!.TextContent);
        Assert.True(site.Exists("the/doan-vien-thang-tu/index.html"));
        var html = site.Text("2020/04/doan-vien-thang-tu/index.html");
        Assert.DoesNotContain(decomposed, html, StringComparison.Ordinal);
        Assert.True(html.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Headings_get_ascii_ids_that_keep_d()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01", body: "## Đoàn viên ưu tú\n\n## Đoàn viên ưu tú"));
        site.BuildOk();
        var ids = site.Page("/2020/01/a/").QuerySelectorAll(".prose h2").Select(h => h.Id).ToList();
        Assert.Equal(["doan-vien-uu-tu", "doan-vien-uu-tu-1"], ids);
    }

    [Fact]
    public void Vietnamese_letters_are_not_turned_into_entities()
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("Chương trình <đặc biệt> & \"mới\"", "2020-01-01"));
        site.BuildOk();
        var html = site.Text("2020/01/chuong-trinh-dac-biet-moi/index.html");
        Assert.Contains("<h1 class=\"page-title\">Chương trình &lt;đặc biệt&gt; &amp; &quot;mới&quot;</h1>", html);
        Assert.DoesNotContain("&#236;", html);
    }
}
