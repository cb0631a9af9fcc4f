using System.Text;
using AngleSharp.Dom;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Derived periods and the report table, on a site whose units report monthly: every figure below is worked out by
/// hand from the values the fixture writes (month m of 2024 and 2023), for each kind of indicator.
/// </summary>
public sealed class ReportTableTests
{
    // Unit tinh/a, monthly from 2023-01 to 2024-09:
    //   dvm (flow):   2024 month m → 10·m, 2023 → 8·m; and a given 2024-Q3 total of 250 (months sum to 240).
    //   tdv (stock):  2024 → 1000 + m, 2023 → 900 + m.
    //   hn (ratio):   2024 → m of 12, 2023 → (m − 1) of 12.
    //   kp (rate):    2024 → 90, 2023 → 87,5.
    // tinh/b reports dvm 5 a month for 2024-01..09; tinh/c reports dvm 1 a month for 2024-01..08 only (late for September).
    private static string Files()
    {
        var sb = new StringBuilder(TestSite.DefaultSiteYaml.Replace("title:", "-- site.yaml --\ntitle:") + "\n" + """
            figures:
              missing: "(chưa có kế hoạch)"
            -- content/bai.md --
            ---
            title: Kết quả 9 tháng
            date: 2024-10-05
            unit: tinh/a
            period: 2024-09
            ---
            A{{ value "dvm" ytd: true }}|{{ value "dvm" last_year: true }}|{{ percent "dvm" ytd: true }}|{{ target "dvm" }}|{{ change "dvm" }}|{{ change "hn" }}|{{ change "dvm" ytd: true }}Z
            B{{ percent "dvm" unit: "tinh/b" }}|{{ value "dvm" unit: "tinh" }}|{{ target "dvm" unit: "tinh/b" }}Z
            -- data/units.yaml --
            - id: tinh
              name: Liên đoàn Lao động tỉnh
            - id: tinh/a
              name: Liên đoàn Lao động huyện A
              parent: tinh
            - id: tinh/b
              name: Liên đoàn Lao động huyện B
              parent: tinh
            - id: tinh/c
              name: Liên đoàn Lao động huyện C
              parent: tinh
            -- data/indicators.yaml --
            - id: dvm
              name: Phát triển đoàn viên mới
              measure: đoàn viên
              kind: flow
            - id: tdv
              name: Tổng số đoàn viên
              measure: người
              kind: stock
            - id: hn
              name: Đơn vị tổ chức hội nghị
              measure: đơn vị
              kind: ratio
            - id: kp
              name: Thu kinh phí
              measure: "%"
              kind: rate
            -- data/targets/tinh/a/2024.yaml --
            unit: tinh/a
            period: 2024
            set_by: tinh
            targets:
              dvm: 600

            """);
        foreach (var year in new[] { 2023, 2024 })
            for (var m = 1; m <= (year == 2024 ? 9 : 12); m++)
            {
                var (dvm, tdv, hn, kp) = year == 2024 ? (10 * m, 1000 + m, m, "90") : (8 * m, 900 + m, m - 1, "87.5");
                sb.Append($"-- data/results/tinh/a/{year}-{m:D2}.yaml --\nunit: tinh/a\nperiod: {year}-{m:D2}\nvalues:\n  dvm: {dvm}\n  tdv: {tdv}\n  hn: {{ value: {hn}, of: 12 }}\n  kp: {kp}\n");
                if (year == 2024) sb.Append($"-- data/results/tinh/b/{year}-{m:D2}.yaml --\nunit: tinh/b\nperiod: {year}-{m:D2}\nvalues:\n  dvm: 5\n");
                if (year == 2024 && m <= 8) sb.Append($"-- data/results/tinh/c/{year}-{m:D2}.yaml --\nunit: tinh/c\nperiod: {year}-{m:D2}\nvalues:\n  dvm: 1\n");
            }
        sb.Append("-- data/results/tinh/a/2024-Q3.yaml --\nunit: tinh/a\nperiod: 2024-Q3\nvalues:\n  dvm: 250\n");
        return sb.ToString();
    }

    private static readonly Lazy<(TestSite Site, BuildResult Result)> Build = new(() =>
    {
        var site = TestSite.From(Files());
        return (site, site.BuildOk());
    });

    private static TestSite Built => Build.Value.Site;

    private static string Cell(string url, string indicator, string column)
    {
        var page = Built.Page(url);
        var row = page.QuerySelectorAll("main table.results tbody tr")
            .FirstOrDefault(r => r.QuerySelector("th")!.TextContent.Contains(indicator))
            ?? throw new Xunit.Sdk.XunitException($"No row '{indicator}' on {url}");
        var cell = row.QuerySelector($"td[data-label='{column}']") ?? throw new Xunit.Sdk.XunitException($"No column '{column}' on {url}");
        return string.Join(" ", cell.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    // Year 2023, derived from its twelve months: flows sum, a stock stands at December, a ratio sums both parts.
    [InlineData("/don-vi/tinh/a/2023/", "Phát triển đoàn viên mới", "Thực hiện kỳ này", "624 (*)")]           // 8·78
    [InlineData("/don-vi/tinh/a/2023/", "Tổng số đoàn viên", "Thực hiện kỳ này", "912 (*)")]                // 900 + 12
    [InlineData("/don-vi/tinh/a/2023/", "Đơn vị tổ chức hội nghị", "Thực hiện kỳ này", "66/144 (45,83%) (*)")] // Σ(m−1) of 12·12
    [InlineData("/don-vi/tinh/a/2023/", "Thu kinh phí", "Thực hiện kỳ này", "chưa báo cáo")]               // a rate never rolls up
    // Quarter and half, derived.
    [InlineData("/don-vi/tinh/a/2024-q2/", "Phát triển đoàn viên mới", "Thực hiện kỳ này", "150 (*)")]      // 10·(4+5+6)
    [InlineData("/don-vi/tinh/a/2024-h1/", "Phát triển đoàn viên mới", "Thực hiện kỳ này", "210 (*)")]      // 10·21
    [InlineData("/don-vi/tinh/a/2024-h1/", "Đơn vị tổ chức hội nghị", "Thực hiện kỳ này", "21/72 (29,17%) (*)")]
    // The given quarter wins over the months' 240 and is not marked computed.
    [InlineData("/don-vi/tinh/a/2024-q3/", "Phát triển đoàn viên mới", "Thực hiện kỳ này", "250")]
    [InlineData("/don-vi/tinh/a/2024-q3/", "Phát triển đoàn viên mới", "Cùng kỳ năm trước", "192")]        // 8·(7+8+9)
    // 9 months: H1 210 + the given Q3 250 = 460; 460/600; last year 8·45 = 360; 460/360 − 1 = 27,78%.
    [InlineData("/don-vi/tinh/a/2024-01-2024-09/", "Phát triển đoàn viên mới", "Thực hiện kỳ này", "460 (*)")]
    [InlineData("/don-vi/tinh/a/2024-01-2024-09/", "Phát triển đoàn viên mới", "% kế hoạch năm", "76,67%")]
    [InlineData("/don-vi/tinh/a/2024-01-2024-09/", "Phát triển đoàn viên mới", "Cùng kỳ năm trước", "360")]
    [InlineData("/don-vi/tinh/a/2024-01-2024-09/", "Phát triển đoàn viên mới", "So với cùng kỳ", "tăng 27,78%")]
    [InlineData("/don-vi/tinh/a/2024-01-2024-09/", "Tổng số đoàn viên", "Thực hiện kỳ này", "1.009 (*)")]
    // September: this month, the year so far against the year's plan, September 2023.
    [InlineData("/don-vi/tinh/a/2024-09/", "Phát triển đoàn viên mới", "Thực hiện kỳ này", "90")]
    [InlineData("/don-vi/tinh/a/2024-09/", "Phát triển đoàn viên mới", "Lũy kế từ đầu năm", "460")]
    [InlineData("/don-vi/tinh/a/2024-09/", "Phát triển đoàn viên mới", "Kế hoạch năm", "600 (Liên đoàn Lao động tỉnh, năm 2024)")]
    [InlineData("/don-vi/tinh/a/2024-09/", "Phát triển đoàn viên mới", "% kế hoạch năm", "76,67%")]
    [InlineData("/don-vi/tinh/a/2024-09/", "Phát triển đoàn viên mới", "So với cùng kỳ", "tăng 25%")]     // 90/72
    [InlineData("/don-vi/tinh/a/2024-09/", "Tổng số đoàn viên", "Lũy kế từ đầu năm", "1.009")]          // a stock shows its level
    [InlineData("/don-vi/tinh/a/2024-09/", "Tổng số đoàn viên", "So với cùng kỳ", "tăng 11%")]           // 1009/909 = 1,110011
    [InlineData("/don-vi/tinh/a/2024-09/", "Đơn vị tổ chức hội nghị", "So với cùng kỳ", "tăng 8,33 điểm %")] // 75% against 66,67%
    [InlineData("/don-vi/tinh/a/2024-09/", "Thu kinh phí", "So với cùng kỳ", "tăng 2,5 điểm %")]          // 90% against 87,5%
    [InlineData("/don-vi/tinh/a/2024-09/", "Thu kinh phí", "Lũy kế từ đầu năm", "—")]
    // The province in September: 90 + 5 from two of three districts, and says so.
    [InlineData("/don-vi/tinh/2024-09/", "Phát triển đoàn viên mới", "Thực hiện kỳ này", "95 (*) (tổng hợp từ 2/3 đơn vị)")]
    [InlineData("/don-vi/tinh/2024-08/", "Phát triển đoàn viên mới", "Thực hiện kỳ này", "86 (*)")]     // 80 + 5 + 1
    [InlineData("/don-vi/tinh/2024-q3/", "Phát triển đoàn viên mới", "Thực hiện kỳ này", "265 (*) (tổng hợp từ 2/3 đơn vị)")]
    public void Each_figure_matches_the_hand_calculation(string url, string indicator, string column, string expected) =>
        Assert.Equal(expected, Cell(url, indicator, column));

    /// <summary>A chart's numbers say a total is partial as the tables do: the province's September from two of three districts.</summary>
    [Fact]
    public void A_chart_of_a_partial_total_says_how_many_units_reported()
    {
        var rows = Built.Page("/chi-tieu/dvm/").QuerySelectorAll("figure.figure-block details tr")
            .Select(r => r.TextContent.Trim()).Where(t => t.Contains("9/2024") || t.Contains("tháng 9")).ToList();
        Assert.Contains(rows, r => r.Contains("95 (tổng hợp từ 2/3 đơn vị)"));
    }

    [Theory]
    [InlineData("don-vi/tinh/a/2023/index.html", true)]
    [InlineData("don-vi/tinh/a/2023-q4/index.html", true)]
    [InlineData("don-vi/tinh/a/2023-h2/index.html", true)]
    [InlineData("don-vi/tinh/a/2024-01-2024-09/index.html", true)]
    [InlineData("don-vi/tinh/2024-01-2024-09/index.html", true)]
    // Only nine months of 2024: no year, no second half, no fourth quarter; no year so far for a past year.
    [InlineData("don-vi/tinh/a/2024/index.html", false)]
    [InlineData("don-vi/tinh/a/2024-h2/index.html", false)]
    [InlineData("don-vi/tinh/a/2024-q4/index.html", false)]
    [InlineData("don-vi/tinh/a/2023-01-2023-09/index.html", false)]
    public void Derived_pages_exist_only_for_periods_the_data_covers(string path, bool exists) =>
        Assert.Equal(exists, Built.Exists(path));

    [Fact]
    public void A_derived_page_says_its_figures_are_computed_and_is_labelled_as_readers_name_it()
    {
        var page = Built.Page("/don-vi/tinh/a/2024-01-2024-09/");
        Assert.Contains("9 tháng đầu năm 2024", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("không có báo cáo riêng", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("không có báo cáo riêng", Built.Page("/don-vi/tinh/a/2024-09/").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Columns_that_have_nothing_are_left_out()
    {
        // January: the year so far is the month itself; district B has no target and no 2023.
        var heads = Built.Page("/don-vi/tinh/b/2024-01/").QuerySelectorAll("main table.results thead th").Select(h => h.TextContent).ToList();
        Assert.Equal(["Chỉ tiêu", "Thực hiện kỳ này"], heads);
    }

    [Fact]
    public void Prose_reads_the_year_to_date_last_year_the_target_and_the_change()
    {
        var text = Built.Page("/2024/10/ket-qua-9-thang/").QuerySelector(".prose")!.TextContent;
        // 460 to date; September 2023 8·9 = 72; 460/600; the plan; 90/72; 75% against 66,67%; 460/360.
        Assert.Contains("A460|72|76,67%|600|tăng 25%|tăng 8,33 điểm %|tăng 27,78%Z", text);
        // No target for district B: the site's own placeholder; the province's September from 2 of 3 districts says so.
        Assert.Contains("B(chưa có kế hoạch)|95 (tổng hợp từ 2/3 đơn vị)|(chưa có kế hoạch)Z", text);
    }

    [Theory]
    [InlineData("{{ percent \"dvm\" unit: \"tinh/b\" }}", "(chưa có kế hoạch)")]
    [InlineData("{{ value \"dvm\" unit: \"tinh\" }}", "2/3")]
    [InlineData("{{ target \"dvm\" unit: \"tinh/b\" }}", "(chưa có kế hoạch)")]
    public void Each_placeholder_and_partial_figure_is_a_warning_at_the_call(string call, string says)
    {
        var line = Files().Split('\n').SkipWhile(l => !l.StartsWith("-- content/bai.md")).Skip(1).ToList();
        var at = line.FindIndex(l => l.Contains(call));
        // Scriban places a call at its function's name, after "{{ ".
        var column = line[at].IndexOf(call, StringComparison.Ordinal) + 1 + "{{ ".Length;
        var warnings = Build.Value.Result.Diagnostics.Where(d => d.Severity == Bantin.Diagnostics.Severity.Warning).ToList();
        Assert.Contains(warnings, d => d.Span.File.EndsWith("content/bai.md") && d.Span.Line == at + 1 && d.Span.Column == column && d.Message.Contains(says));
    }

    [Fact]
    public void Check_lists_the_same_warnings()
    {
        var (code, output, error) = Built.Cli("check", "--site", Built.Root);
        Assert.Contains("content/bai.md", output + error);
        Assert.Contains("tổng hợp từ 2/3 đơn vị", output + error);
        Assert.Contains("(chưa có kế hoạch)", output + error);
    }

    [Fact]
    public void The_table_downloads_as_csv_with_a_byte_order_mark_and_the_series_as_json()
    {
        var csv = File.ReadAllBytes(Path.Combine(Built.Output, "don-vi/tinh/a/2024-09/bang-so-lieu.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        Assert.StartsWith("Chỉ tiêu;Đơn vị tính;Thực hiện kỳ này;Trên tổng số;Tỷ lệ (%);Lũy kế từ đầu năm;", lines[0]);
        Assert.Equal("Phát triển đoàn viên mới;đoàn viên;90;;;460;600;Liên đoàn Lao động tỉnh;năm 2024;76,67%;72;tăng 25%;", lines[1]);
        Assert.StartsWith("Đơn vị tổ chức hội nghị;đơn vị;9;12;75;", lines[3]);
        var page = Built.Page("/don-vi/tinh/a/2024-09/");
        Assert.Equal("/congdoan/don-vi/tinh/a/2024-09/bang-so-lieu.csv", page.QuerySelector("p.downloads a[href$='.csv']")!.GetAttribute("href"));
        Assert.Equal("/congdoan/don-vi/tinh/a/so-lieu.json", page.QuerySelector("p.downloads a[href$='.json']")!.GetAttribute("href"));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Built.Output, "don-vi/tinh/so-lieu.json")));
        var dvm = json.RootElement.GetProperty("indicators")[0].GetProperty("values").EnumerateArray()
            .First(v => v.GetProperty("period").GetString() == "2024-09");
        Assert.Equal(95, dvm.GetProperty("value").GetDecimal());
        Assert.Equal(2, dvm.GetProperty("units_reported").GetInt32());
        // Same bytes every build.
        using var again = TestSite.From(Files());
        again.BuildOk();
        Assert.Equal(csv, File.ReadAllBytes(Path.Combine(again.Output, "don-vi/tinh/a/2024-09/bang-so-lieu.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Built.Output, "don-vi/tinh/so-lieu.json")), File.ReadAllBytes(Path.Combine(again.Output, "don-vi/tinh/so-lieu.json")));
    }
}
