using System.Diagnostics;
using System.Text;
using Bantin.Tests.Support;
using static Bantin.Tests.Data.DataTestSite;

namespace Bantin.Tests.Data;

/// <summary>
/// Deep trees from hostile or mistaken input: a unit parent chain 5,000 deep took 68 s to build, and a category
/// 2,000 levels deep ran out of memory. Depths are capped with an error at the line to fix; cycles stay errors.
/// </summary>
public sealed class DeepTreeTests
{
    private static string Chain(int depth, bool cycle = false)
    {
        var sb = new StringBuilder("-- data/units.yaml --\n");
        for (var i = 0; i < depth; i++)
        {
            sb.Append($"- id: u{i}\n  name: Đơn vị {i}\n");
            if (i > 0) sb.Append($"  parent: u{i - 1}\n");
            else if (cycle) sb.Append($"  parent: u{depth - 1}\n");
        }
        return sb.ToString();
    }

    [Fact]
    public void A_unit_chain_deeper_than_the_limit_is_one_error_at_the_first_unit_too_deep()
    {
        var clock = Stopwatch.StartNew();
        var (data, diagnostics) = Load(Chain(5000));
        // u0 takes lines 1-2, then each unit three lines: u20 starts on line 60, its parent: on line 62.
        var d = Only(diagnostics, "data/units.yaml:62:11: error: Cây đơn vị sâu quá 20 cấp: u20 nằm ở cấp 21 (u0 → u1 → … → u19 → u20).");
        Assert.Equal("Gắn đơn vị này vào một cấp trên gần gốc hơn; cây đơn vị thật không sâu đến vậy.", d.Fix);
        Assert.All(data.Units, u => Assert.True(data.Ancestors(u.Id).Count() < 20));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_site_with_a_deep_unit_chain_builds_its_errors_quickly()
    {
        using var site = TestSite.From(Chain(5000) + "-- content/a.md --\n---\ntitle: A\ndate: 2020-01-01\n---\nx\n");
        var clock = Stopwatch.StartNew();
        var result = site.Build();
        Assert.Single(result.Errors);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_long_parent_cycle_is_one_error_and_then_too_deep_once_broken()
    {
        var (_, diagnostics) = Load(Chain(3000, cycle: true));
        Assert.Equal(2, diagnostics.Count);
        Assert.StartsWith("data/units.yaml:63:11: error: Cây đơn vị sâu quá 20 cấp", diagnostics[1].ToLine());
        var d = diagnostics[0];
        Assert.Equal("data/units.yaml:3:11", d.Span.ToString());
        Assert.Equal("Các đơn vị là cấp trên của nhau theo vòng: u0 → u2999 → … → u1 → u0.", d.Message);
    }

    [Fact]
    public void A_category_deeper_than_the_limit_is_an_error_at_the_category_line()
    {
        var category = string.Join('/', Enumerable.Range(0, 2000).Select(i => "c" + i));
        using var site = TestSite.From($"-- content/a.md --\n---\ntitle: A\ndate: 2020-01-01\ncategory: {category}\n---\nx\n");
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal("content/a.md:4:11: error: Chuyên mục lồng quá 10 cấp (2.000 cấp).", error.ToLine());
        Assert.Equal("Viết chuyên mục với ít cấp hơn, ví dụ: category: Tin tức sự kiện/Ban tổ chức", error.Fix);
    }

    [Fact]
    public void A_category_ten_levels_deep_is_fine()
    {
        var category = string.Join('/', Enumerable.Range(0, 10).Select(i => "c" + i));
        using var site = TestSite.From($"-- content/a.md --\n---\ntitle: A\ndate: 2020-01-01\ncategory: {category}\n---\nx\n");
        site.BuildOk();
    }
}
