using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>Heading ids stay unique however the headings repeat (and are handed out in one pass, not by retrying).</summary>
public sealed class HeadingIdTests
{
    [Theory]
    [InlineData("A|A|A|A", "a|a-1|a-2|a-3")]
    [InlineData("A 2|A|A|A", "a-2|a|a-1|a-3")]
    [InlineData("A|A|A 1|A", "a|a-1|a-1-1|a-2")]
    [InlineData("Đoàn viên|Doan vien|Đoàn viên", "doan-vien|doan-vien-1|doan-vien-2")]
    [InlineData("!!!|???|!!!", "muc|muc-1|muc-2")]
    public void Repeated_headings_get_numbered_ids_in_order(string headings, string ids)
    {
        var body = string.Join("\n\n", headings.Split('|').Select(h => "## " + h));
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01", body: body));
        site.BuildOk();
        var found = site.Page("/2020/01/a/").QuerySelectorAll(".prose h2").Select(h => h.Id);
        Assert.Equal(ids, string.Join('|', found));
    }

    [Fact]
    public void Thousands_of_identical_headings_all_get_distinct_ids()
    {
        var body = string.Concat(Enumerable.Repeat("## Kết quả\n\n", 3000));
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01", body: body));
        site.BuildOk();
        var found = site.Page("/2020/01/a/").QuerySelectorAll(".prose h2").Select(h => h.Id).ToList();
        Assert.Equal(3000, found.Distinct().Count());
        Assert.Equal("ket-qua-2999", found[^1]);
    }
}
