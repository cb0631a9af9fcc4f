using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>A tag spelled two ways is one tag, named as in the first file by path that names it, whatever the dates.</summary>
public sealed class TagSpellingTests
{
    [Theory]
    [InlineData("2024-05-01 08:00", "2024-06-01 08:00")] // the first file by path is the older article
    [InlineData("2024-06-01 08:00", "2024-05-01 08:00")] // and the newer
    public void A_tag_is_named_as_the_first_file_by_path_spells_it(string dateA, string dateB)
    {
        using var site = TestSite.From($"""
            -- content/b/bai-b.md --
            {Md.Article("Bài B", dateB, tags: "Đoàn Viên Mới")}
            -- content/a/bai-a.md --
            {Md.Article("Bài A", dateA, tags: "Hội nghị, đoàn viên mới, ĐOÀN VIÊN MỚI")}
            """);
        site.BuildOk();
        var page = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Single(f => f.Replace('\\', '/').Contains("/doan-vien-moi/", StringComparison.Ordinal));
        var html = File.ReadAllText(page);
        Assert.Contains("đoàn viên mới", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Đoàn Viên Mới", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ĐOÀN VIÊN MỚI", html, StringComparison.Ordinal);
    }
}
