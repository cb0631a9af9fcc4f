using System.Text;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Issue 14, items 3, 4 and 8: unit pages show trends, a year × month grid of their pages and their children ranked;
/// a province's period page and an indicator page put the province's total beside its districts; home headlines have
/// their own heading with their period, and "(*)" is explained wherever it is printed.
/// </summary>
public sealed class UnitPageChartTests
{
    private static TestSite ThreeYears()
    {
        var files = new StringBuilder("""
            -- site.yaml --
            title: Công đoàn thử
            base_url: https://example.org/congdoan/
            home_unit: tinh
            -- data/units.yaml --
            - id: tinh
              name: Liên đoàn Lao động tỉnh Mẫu
              short: LĐLĐ tỉnh Mẫu
            - id: huyen-a
              name: Liên đoàn Lao động huyện A
              short: LĐLĐ huyện A
              parent: tinh
            - id: huyen-b
              name: Liên đoàn Lao động huyện B
              short: LĐLĐ huyện B
              parent: tinh
            -- data/indicators.yaml --
            - id: doan-vien-moi
              name: Phát triển đoàn viên mới
              measure: đoàn viên
              kind: flow
            - id: tong-doan-vien
              name: Tổng số đoàn viên
              measure: người
              kind: stock
            -- content/a.md --
            ---
            title: Tin
            date: 2024-12-20
            ---
            x

            """);
        foreach (var (unit, size) in new[] { ("huyen-a", 10), ("huyen-b", 20) })
        {
            for (var m = 0; m < 36; m++)
            {
                var (year, month) = (2022 + m / 12, m % 12 + 1);
                files.Append($"-- data/results/{unit}/{year}-{month:D2}.yaml --\nunit: {unit}\nperiod: {year}-{month:D2}\nvalues:\n  doan-vien-moi: {size + m % 5}\n  tong-doan-vien: {size * 100 + m}\n");
            }
            files.Append($"-- data/targets/{unit}/2024.yaml --\nunit: {unit}\nperiod: 2024\nset_by: tinh\ntargets:\n  doan-vien-moi: {size * 12}\n  tong-doan-vien: {size * 100 + 40}\n");
        }
        // One quarter given directly: the grid links it beside its year.
        files.Append("-- data/results/huyen-a/2023-Q2.yaml --\nunit: huyen-a\nperiod: 2023-Q2\nvalues:\n  doan-vien-moi: 40\n");
        return TestSite.From(files.ToString());
    }

    [Fact]
    public void A_unit_page_has_a_trend_chart_per_indicator_with_axes_and_its_numbers()
    {
        using var site = ThreeYears();
        site.BuildOk();
        var page = site.Page("/don-vi/tinh/");

        var trends = page.QuerySelectorAll("#trends ~ .trends figure");
        Assert.Equal(2, trends.Length);
        var svg = trends[0].QuerySelector("svg.chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(["I", "II", "III", "IV"], svg.QuerySelectorAll(".x-labels text:not(.year)").Take(4).Select(t => t.TextContent));
        Assert.Equal(["2022", "2023", "2024"], svg.QuerySelectorAll(".x-labels text.year").Select(t => t.TextContent));
        Assert.Contains("0", svg.QuerySelectorAll(".y-labels text").Select(t => t.TextContent));
        Assert.Equal(36, trends[0].QuerySelectorAll("details tbody tr").Length);
    }

    [Fact]
    public void A_unit_page_arranges_its_periods_by_year_and_month_with_the_years_other_pages_beside()
    {
        using var site = ThreeYears();
        site.BuildOk();
        var grid = site.Page("/don-vi/huyen-a/").QuerySelector("table.period-grid")!;

        var rows = grid.QuerySelectorAll("tbody tr");
        Assert.Equal(["2024", "2023", "2022"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        var march = rows[1].QuerySelectorAll("td a")[2];
        Assert.Equal("/congdoan/don-vi/huyen-a/2023-03/", march.GetAttribute("href"));
        Assert.Equal("tháng 3/2023", march.GetAttribute("aria-label"));
        Assert.Contains(rows[1].QuerySelectorAll("td.summaries a"), a => a.GetAttribute("href") == "/congdoan/don-vi/huyen-a/2023-q2/" && a.TextContent == "quý II/2023");
    }

    [Fact]
    public void A_province_page_ranks_its_districts_by_achievement_of_the_latest_complete_year()
    {
        using var site = ThreeYears();
        site.BuildOk();
        var ranking = site.Page("/don-vi/tinh/").QuerySelector("#ranking")!.ParentElement!;

        Assert.Contains("năm 2024", ranking.QuerySelector("h2")!.TextContent);
        var first = ranking.QuerySelector("figure")!;
        Assert.Contains("% kế hoạch năm 2024", first.QuerySelector("figcaption")!.TextContent);
        // 2024 is months 24..35, whose m % 5 add up to 24: huyện A 12 × 10 + 24 = 144 of 120; huyện B 12 × 20 + 24 = 264 of 240.
        var rows = first.QuerySelectorAll("details tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal("LĐLĐ huyện A120% (144 / 120)", rows[0]);
        Assert.Equal("LĐLĐ huyện B110% (264 / 240)", rows[1]);
        Assert.Equal(["LĐLĐ huyện A", "LĐLĐ huyện B"], first.QuerySelectorAll("svg text.name").Select(t => t.TextContent));
    }

    [Fact]
    public void A_district_whose_stock_is_not_reported_for_december_is_left_out_of_the_ranking()
    {
        using var site = ThreeYears();
        site.Delete("data/results/huyen-b/2024-12.yaml");
        site.Write("data/results/huyen-b/2024-12.yaml", "unit: huyen-b\nperiod: 2024-12\nvalues:\n  doan-vien-moi: 20\n");
        site.BuildOk();

        var ranking = site.Page("/don-vi/tinh/").QuerySelector("#ranking")?.ParentElement;

        // A stock's year would show November's level as if it were the year's ("the latest one stands"): only huyện A
        // is complete for tong-doan-vien, and one unit is no ranking; doan-vien-moi still ranks both.
        Assert.NotNull(ranking);
        Assert.Contains("Phát triển đoàn viên mới", ranking!.TextContent);
        Assert.DoesNotContain("Tổng số đoàn viên", ranking.TextContent);
    }

    [Fact]
    public void A_provinces_period_page_lists_its_districts_figures_side_by_side()
    {
        using var site = ThreeYears();
        site.BuildOk();
        var section = site.Page("/don-vi/tinh/2024-12/").QuerySelector("#children-figures")!.ParentElement!;

        Assert.Equal(["Chỉ tiêu", "LĐLĐ huyện A", "LĐLĐ huyện B"], section.QuerySelectorAll("thead th").Select(t => t.TextContent));
        Assert.Equal(["10", "20"], section.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(t => t.TextContent));
    }

    [Fact]
    public void The_indicator_page_puts_the_provinces_total_in_its_table_explains_the_mark_and_compares_the_districts()
    {
        using var site = ThreeYears();
        site.BuildOk();
        var page = site.Page("/chi-tieu/doan-vien-moi/");

        var rows = page.QuerySelectorAll("main > .wrap > .table-scroll table.results tbody tr");
        Assert.Equal("Liên đoàn Lao động tỉnh Mẫu", rows[0].QuerySelector("th")!.TextContent);
        Assert.Contains("30 (*)", rows[0].TextContent); // December 2024: 10 + 20
        Assert.Contains("(*) Số liệu tổng hợp", page.QuerySelector("main")!.TextContent);
        var comparison = page.QuerySelectorAll("figure svg.chart")[1];
        Assert.Equal(["LĐLĐ huyện A", "LĐLĐ huyện B"], comparison.QuerySelectorAll(".legend text").Select(t => t.TextContent));
        Assert.NotNull(comparison.QuerySelector("[stroke-dasharray]"));
    }

    [Fact]
    public void The_home_headlines_have_their_own_heading_with_their_period_before_the_news_and_explain_the_mark()
    {
        using var site = ThreeYears();
        site.BuildOk();
        var main = site.Page("/").QuerySelector("main")!;

        var heading = main.QuerySelector("#headline-title")!;
        Assert.Equal("Số liệu nổi bật – tháng 12/2024", heading.TextContent);
        Assert.DoesNotContain("visually-hidden", heading.ClassName ?? "");
        Assert.Contains("(*) Số liệu tổng hợp", heading.ParentElement!.TextContent);
    }

    [Fact]
    public void Building_twice_gives_the_same_chart_bytes()
    {
        using var site = ThreeYears();
        site.BuildOk();
        var first = File.ReadAllText(Path.Combine(site.Output, "don-vi", "tinh", "index.html"));
        site.BuildOk();
        Assert.Equal(first, File.ReadAllText(Path.Combine(site.Output, "don-vi", "tinh", "index.html")));
    }
}
