using AngleSharp.Dom;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Bantin.Formatting;
using Bantin.Model.Periods;
using Bantin.Tests.Import;
using Bantin.Tests.Support;

namespace Bantin.Tests.Export;

/// <summary>
/// `bantin export` writes the numbers the unit × period pages show: the workbook is read back with the Open XML SDK
/// and every value, target (with who set it) and achievement is compared with the built page's results table.
/// </summary>
public sealed class ExportTests
{
    private static TestSite Site()
    {
        var site = ImportSite.Create();
        site.Write("data/results/cao-bang/hoa-an/2024-05.yaml", """
            unit: cao-bang/hoa-an
            period: 2024-05
            values:
              doan-vien-moi: 72
              hoi-nghi-cbccvc: { value: 790, of: 812 }
              tong-doan-vien: { total: 1738, by: { khoi-hcsn: 1697, khoi-dn: 41 } }
              ho-tro-mai-am: 90.74
              thu-kpcd: 75.4
            """);
        site.Write("data/results/cao-bang/hoa-an/2024-04.yaml", """
            unit: cao-bang/hoa-an
            period: 2024-04
            values:
              ho-tro-mai-am: 9.26
            """);
        site.Write("data/targets/cao-bang/hoa-an/2024-Q2.yaml", """
            unit: cao-bang/hoa-an
            period: 2024-Q2
            set_by: cao-bang
            targets:
              ho-tro-mai-am: 200
            """);
        site.Write("data/results/cao-bang/ha-quang/2024-05.yaml", """
            unit: cao-bang/ha-quang
            period: 2024-05
            values:
              doan-vien-moi: 1738
            """);
        site.Write("data/targets/cao-bang/hoa-an/2024-vn.yaml", """
            unit: cao-bang/hoa-an
            period: 2024
            set_by: vn
            targets:
              doan-vien-moi: 111
              ho-tro-mai-am: 283.5
            """);
        site.Write("data/targets/cao-bang/hoa-an/2024-05.yaml", """
            unit: cao-bang/hoa-an
            period: 2024-05
            set_by: cao-bang
            targets:
              doan-vien-moi: 60
              tong-doan-vien: 1800
            """);
        site.Write("data/targets/cao-bang/ha-quang/2024-05.yaml", """
            unit: cao-bang/ha-quang
            period: 2024-05
            set_by: cao-bang
            targets:
              ho-tro-mai-am: 12.5
            """);
        site.Write("data/targets/cao-bang/2024.yaml", """
            unit: cao-bang
            period: 2024
            set_by: vn
            targets:
              doan-vien-moi: 2000
              thu-kpcd: 0
            """);
        return site;
    }

    [Fact]
    public void The_workbook_holds_the_values_targets_and_achievements_the_unit_period_pages_show()
    {
        using var site = Site();
        var file = Path.Combine(site.Root, "out", "so-lieu.xlsx");
        var (code, output, err) = site.Cli("export", "--site", site.Root, "--units", "cao-bang/hoa-an,cao-bang,cao-bang/ha-quang", "--output", file);
        Assert.True(code == 0, err);
        Assert.Contains("so-lieu.xlsx", output);
        site.BuildOk();

        var rows = Read(file);
        Assert.Equal(["Đơn vị", "Kỳ", "Chỉ tiêu", "Đơn vị tính", "Thực hiện kỳ này", "Trên tổng số", "Tỉ lệ", "Lũy kế từ đầu năm", "Kế hoạch",
            "Đơn vị giao", "Kỳ kế hoạch", "Đạt", "Cùng kỳ năm trước", "So với cùng kỳ", "Ghi chú", "Mã đơn vị", "Mã kỳ", "Mã chỉ tiêu"],
            rows[4].Select(c => c.Text));
        var lines = rows.Where(r => r.Key > 4).Select(r => r.Value).ToList();
        // Without --periods, every period that has a page; every indicator each page lists, once for each of its targets (or once with none).
        foreach (var (unit, period) in new[] { ("cao-bang/hoa-an", "2024-04"), ("cao-bang/hoa-an", "2024-05"), ("cao-bang", "2024-04"), ("cao-bang", "2024-05"), ("cao-bang/ha-quang", "2024-05") })
        {
            var page = site.Page($"/don-vi/{unit}/{period}/");
            var expected = page.QuerySelectorAll("table.results tbody tr").Sum(tr => Math.Max(1, tr.QuerySelector("td[data-label^='Kế hoạch']")?.InnerHtml.Split("<br>", StringSplitOptions.RemoveEmptyEntries).Length ?? 0));
            Assert.Equal(expected, lines.Count(l => l[Unit].Text == unit && l[PeriodCode].Text == period));
        }
        Assert.Equal(lines.Count, rows.Count - 4);
        foreach (var line in lines) AssertOnPage(site, line);

        // The cases worth naming: a partial target, a ratio, a rate, a figure not reported, a target of 0.
        var hoaAn = lines.Where(l => l[Unit].Text == "cao-bang/hoa-an" && l[PeriodCode].Text == "2024-05").ToList();
        var flow = hoaAn.Where(l => l[IndicatorId].Text == "doan-vien-moi").ToList();
        Assert.Equal([72m, 72m], flow.Select(l => l[4].Number));
        Assert.Equal(["LĐLĐ tỉnh Cao Bằng", "TLĐ"], flow.Select(l => l[9].Text).Order());
        Assert.Equal(1.2m, flow.Single(l => l[9].Text == "LĐLĐ tỉnh Cao Bằng")[11].Number);
        // Achievement counts as the page does (issue #14): the figure cumulated from the start of the target's period.
        // Against the year's target, January to May, of which only May is known: no achievement (not 72/111).
        var year = flow.Single(l => l[9].Text == "TLĐ");
        Assert.Equal(("—", (decimal?)null), (year[11].Text, year[11].Number));
        // Against the second quarter's target: April and May, 9,26 + 90,74 = 100 of 200 (not 90,74/200).
        var quarter = hoaAn.Single(l => l[IndicatorId].Text == "ho-tro-mai-am" && l[10].Text == "quý II/2024");
        Assert.Equal((90.74m, 0.5m), (quarter[4].Number, quarter[11].Number));
        var ratio = hoaAn.Single(l => l[IndicatorId].Text == "hoi-nghi-cbccvc");
        Assert.Equal((790m, 812m), (ratio[4].Number, ratio[5].Number));
        Assert.Equal(0.754m, hoaAn.Single(l => l[IndicatorId].Text == "thu-kpcd")[4].Number);
        var notReported = lines.Single(l => l[Unit].Text == "cao-bang/ha-quang" && l[IndicatorId].Text == "ho-tro-mai-am");
        Assert.Equal(("—", null, 12.5m, "—"), (notReported[4].Text, notReported[4].Number, notReported[8].Number, notReported[11].Text));
        var zeroTarget = lines.Single(l => l[Unit].Text == "cao-bang" && l[PeriodCode].Text == "2024-05" && l[IndicatorId].Text == "thu-kpcd");
        Assert.Equal((0m, "—"), (zeroTarget[8].Number, zeroTarget[11].Text));
    }

    [Fact]
    public void A_year_with_only_a_month_reported_is_not_made_up_from_that_month()
    {
        using var site = Site();
        var file = Path.Combine(site.Root, "nam.xlsx");
        var (code, _, err) = site.Cli("export", "--site", site.Root, "--units", "cao-bang/hoa-an", "--periods", "2024", "--output", file);
        Assert.True(code == 0, err);
        var flow = Read(file).Values.Single(l => l[IndicatorId].Text == "doan-vien-moi");
        // Only May was reported: the year is not made up from it (the site shows no figure either), neither 72 nor 0;
        // the year's target is there, with no achievement.
        Assert.Equal(("—", (decimal?)null, 111m, "TLĐ", "năm 2024", "—"), (flow[4].Text, flow[4].Number, flow[8].Number, flow[9].Text, flow[10].Text, flow[11].Text));
    }

    [Fact]
    public void An_English_site_gets_English_labels()
    {
        using var site = Site();
        site.Write("site.yaml", "title: Union\nbase_url: https://example.org/\nlanguage: en\n");
        var file = Path.Combine(site.Root, "figures.xlsx");
        var (code, _, err) = site.Cli("export", "--site", site.Root, "--units", "cao-bang/hoa-an", "--output", file);
        Assert.True(code == 0, err);
        var rows = Read(file, "Figures");
        Assert.Equal(["Unit", "Period", "Indicator", "Measure", "This period"], rows[4].Take(5).Select(c => c.Text));
        Assert.Equal("April 2024", rows[5][1].Text);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var site = Site();
        var file = Path.Combine(site.Root, "so-lieu.xlsx");
        File.WriteAllText(file, "của người dùng");
        var (code, _, err) = site.Cli("export", "--site", site.Root, "--output", file);
        Assert.Equal(2, code);
        Assert.Contains("đã có; không ghi đè", err);
        Assert.Equal("của người dùng", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("--units", "cao-bang/hoa-ann", "--units: error: ")]
    [InlineData("--periods", "2024-13", "--periods: error: ")]
    public void A_bad_selection_is_reported_and_nothing_is_written(string option, string value, string expected)
    {
        using var site = Site();
        var file = Path.Combine(site.Root, "so-lieu.xlsx");
        var (code, _, err) = site.Cli("export", "--site", site.Root, option, value, "--output", file);
        Assert.Equal(1, code);
        Assert.Contains(expected, err);
        Assert.False(File.Exists(file));
    }

    private const int Unit = 15, PeriodCode = 16, IndicatorId = 17;

    /// <summary>The line's value, target and achievement, printed as the site prints them, are in the page's row.</summary>
    private static void AssertOnPage(TestSite site, IReadOnlyList<ReadCell> line)
    {
        Assert.True(Period.TryParse(line[PeriodCode].Text, out var period, out _));
        var page = site.Page($"/don-vi/{line[Unit].Text}/{period!.Slug}/");
        var row = page.QuerySelectorAll("table.results tbody tr").Single(tr => tr.QuerySelector("th a")!.TextContent == line[2].Text);
        // The table has a target and an achievement column only when some row has a target (issue #14).
        IElement? Cell(string label) => row.QuerySelector($"td[data-label^='{label}']");
        var indicator = line[IndicatorId].Text;
        string value = line[4].Number is not { } v ? "chưa báo cáo"
            : line[5].Number is { } of ? $"{Vi(v)}/{Vi(of)} ({Percent(line[6].Number!.Value)})"
            : indicator == "thu-kpcd" ? Percent(v) : Vi(v);
        Assert.StartsWith(value, Cell("Thực hiện")!.TextContent);
        if (line[8].Number is not { } target)
        {
            Assert.True(Cell("Kế hoạch") is null || Cell("Kế hoạch")!.TextContent == "—");
            return;
        }
        // One target per line; the achievement cell lists the page's achievements in the same order as its targets.
        var targets = Cell("Kế hoạch")!.InnerHtml.Split("<br>", StringSplitOptions.RemoveEmptyEntries);
        var prefix = Vi(target) + (line[9].Text is { Length: > 0 } by ? $" ({by}" : "");
        var at = Array.FindIndex(targets, t => Plain(t).StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(at >= 0, $"{line[Unit].Text} {line[PeriodCode].Text} {indicator}: target {Vi(target)} not on the page");
        var achieved = (row.QuerySelector("td[data-label='Đạt']") ?? row.QuerySelector("td[data-label^='% kế hoạch']"))!
            .InnerHtml.Split("<br>", StringSplitOptions.RemoveEmptyEntries);
        var expected = line[11].Number is { } ratio ? Percent(ratio) : line[11].Text;
        Assert.StartsWith(expected, Plain(achieved[at]));
    }

    private static string Plain(string html) => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));

    private static string Vi(decimal value) => NumberFormatter.Format(value, Language.Vi, 6);

    private static string Percent(decimal ratio) => NumberFormatter.Percent(ratio, Language.Vi);

    /// <summary>A cell as read back: a number only when Excel would hold it as one (no text type).</summary>
    private sealed record ReadCell(string Text, decimal? Number);

    private static SortedDictionary<int, ReadCell[]> Read(string path, string sheetName = "Số liệu")
    {
        using var document = SpreadsheetDocument.Open(path, false);
        // A workbook Excel opens without "repair": the parts and their element order are as the format requires.
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description));
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Descendants<Sheet>().Single();
        Assert.Equal(sheetName, sheet.Name!.Value);
        var rows = new SortedDictionary<int, ReadCell[]>();
        foreach (var row in ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>())
        {
            var cells = Enumerable.Repeat(new ReadCell("", null), 18).ToArray();
            foreach (var cell in row.Elements<Cell>())
            {
                Bantin.Import.CellReference.TryParse(cell.CellReference, out _, out var column);
                cells[column - 1] = cell.DataType?.Value == CellValues.InlineString
                    ? new ReadCell(cell.InlineString!.InnerText, null)
                    : new ReadCell(cell.CellValue?.Text ?? "", cell.CellValue is { } v ? decimal.Parse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture) : null);
            }
            rows[(int)row.RowIndex!.Value] = cells;
        }
        return rows;
    }
}
