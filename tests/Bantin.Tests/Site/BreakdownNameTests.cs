using System.Text;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// A breakdown whose parts indicators.yaml names prints the names, in the declared order, on the unit × period page,
/// in its CSV and in the unit's JSON; one that names none prints its keys as before.
/// </summary>
public sealed class BreakdownNameTests
{
    private static string Files(string parts) => TestSite.DefaultSiteYaml.Replace("title:", "-- site.yaml --\ntitle:") + "\n" + """
        -- data/units.yaml --
        - id: tinh
          name: Liên đoàn Lao động tỉnh
        -- data/indicators.yaml --
        - id: nha
          name: Nhà đoàn viên được hỗ trợ
          measure: nhà
          kind: flow
          breakdown: loai-ho-tro
        PARTS
        -- data/results/tinh/2024-04.yaml --
        unit: tinh
        period: 2024-04
        values:
          nha: { total: 5, by: { sua-chua: 4, lam-moi: 1 } }

        """.Replace("PARTS\n", parts);

    private const string Named = "  parts:\n    lam-moi: Làm mới\n    sua-chua: Sửa chữa\n";

    [Fact]
    public void The_page_prints_the_declared_names_in_the_declared_order()
    {
        using var site = TestSite.From(Files(Named));
        site.BuildOk();
        var cell = site.Page("/don-vi/tinh/2024-04/").QuerySelector("table.results td[data-label='Thực hiện kỳ này']")!;
        Assert.Equal(["Làm mới: 1", "Sửa chữa: 4"], cell.QuerySelectorAll("span.note").Select(s => s.TextContent));
        Assert.DoesNotContain("sua-chua", cell.TextContent);
    }

    [Fact]
    public void The_csv_and_json_carry_the_names()
    {
        using var site = TestSite.From(Files(Named));
        site.BuildOk();
        var lines = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(site.Output, "don-vi/tinh/2024-04/bang-so-lieu.csv"))[3..]).Split("\r\n");
        Assert.Equal("Nhà đoàn viên được hỗ trợ;nhà;5;;;;;;;;;;", lines[1]);
        Assert.Equal("Nhà đoàn viên được hỗ trợ – Làm mới;nhà;1;;;;;;;;;;", lines[2]);
        Assert.Equal("Nhà đoàn viên được hỗ trợ – Sửa chữa;nhà;4;;;;;;;;;;", lines[3]);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "don-vi/tinh/so-lieu.json")));
        var by = json.RootElement.GetProperty("indicators")[0].GetProperty("values")[0].GetProperty("by");
        Assert.Equal(["lam-moi|Làm mới|1", "sua-chua|Sửa chữa|4"],
            by.EnumerateArray().Select(p => $"{p.GetProperty("key").GetString()}|{p.GetProperty("name").GetString()}|{p.GetProperty("value").GetDecimal()}"));
    }

    [Fact]
    public void Without_declared_names_the_keys_print_as_given()
    {
        using var site = TestSite.From(Files(""));
        site.BuildOk();
        var cell = site.Page("/don-vi/tinh/2024-04/").QuerySelector("table.results td[data-label='Thực hiện kỳ này']")!;
        Assert.Equal(["sua-chua: 4", "lam-moi: 1"], cell.QuerySelectorAll("span.note").Select(s => s.TextContent));
    }

    [Fact]
    public void An_undeclared_part_stops_the_build_at_its_place()
    {
        using var site = TestSite.From(Files(Named).Replace("lam-moi: 1 }", "lam-mo: 1 }"));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Bantin.Diagnostics.Severity.Error);
        Assert.StartsWith("data/results/tinh/2024-04.yaml:4:39: error: Phần 'lam-mo' không có trong 'parts' của chỉ tiêu 'nha'", error.ToLine());
        Assert.Equal("Có phải ý bạn là 'lam-moi'? Nếu là phần mới, thêm 'lam-mo: <tên>' vào 'parts' của 'nha' trong data/indicators.yaml.", error.Fix);
    }

    [Fact]
    public void Check_asks_for_names_where_a_breakdown_has_none()
    {
        using var site = TestSite.From(Files(""));
        var (code, output, error) = site.Cli("check", "--site", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("data/indicators.yaml:1:7: warning: Chỉ tiêu 'nha' được chia nhỏ nhưng các phần chưa có tên, nên trang in mã: sua-chua, lam-moi.", output + error);
        Assert.Contains("parts: { sua-chua: <tên>, lam-moi: <tên> }", output + error);
        using var named = TestSite.From(Files(Named));
        var (_, namedOut, namedErr) = named.Cli("check", "--site", named.Root);
        Assert.DoesNotContain("chưa có tên", namedOut + namedErr);
    }
}
