using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class ProseTableTests
{
    [Fact]
    public void A_Markdown_table_scrolls_in_a_focusable_region_named_after_its_header()
    {
        using var site = TestSite.From("""
            -- content/bai.md --
            ---
            title: Bảng
            date: 2020-01-02 08:00
            ---
            | Đơn vị | *Đoàn viên mới* |
            |---|---|
            | Hòa An | 72 |
            """);
        site.BuildOk();

        var box = site.Page("/2020/01/bang/").QuerySelector(".prose .table-scroll")!;
        Assert.Equal(("region", "0", "Đơn vị · Đoàn viên mới"), (box.GetAttribute("role"), box.GetAttribute("tabindex"), box.GetAttribute("aria-label")));
        Assert.Equal("TABLE", box.FirstElementChild!.TagName);
        Assert.Equal("72", box.QuerySelectorAll("td").Last().TextContent);
    }
}
