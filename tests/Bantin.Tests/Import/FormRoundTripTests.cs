using Bantin.Tests.Support;

namespace Bantin.Tests.Import;

/// <summary>
/// The districts' round trip: `new form` writes a form, a clerk fills it in (with the usual slips: numbers typed as
/// text the Vietnamese way, a percentage cell, stray spaces), `import` writes data/results, and the built unit ×
/// period pages show exactly the figures typed. Importing the same file again changes no byte.
/// </summary>
public sealed class FormRoundTripTests
{
    [Fact]
    public void A_filled_rows_form_imports_and_the_pages_show_exactly_the_figures_typed()
    {
        using var site = ImportSite.Create();
        var form = Path.Combine(site.Root, "mau.xlsx");
        var (code, _, err) = site.Cli("new", "form", "--site", site.Root, "--period", "2024-05",
            "--units", "cao-bang/hoa-an,cao-bang/ha-quang,cao-bang/bao-lac", "--output", form);
        Assert.True(code == 0, err);

        var empty = site.Cli("import", "--site", site.Root, form);
        Assert.Equal(1, empty.Code);
        Assert.Contains("mau.xlsx: error: Mẫu báo cáo chưa có ô số liệu nào được điền.", empty.Err);

        void Fill(string key, string unit, object value) => Xlsx.Fill(form, "Báo cáo", Xlsx.Find(form, "Báo cáo", key, unit), value);
        // Hòa An types numbers as numbers; the money with a decimal; the rate into a cell formatted as a percentage.
        Fill("doan-vien-moi", "cao-bang/hoa-an", 72);
        Fill("hoi-nghi-cbccvc", "cao-bang/hoa-an", 790);
        Fill("hoi-nghi-cbccvc:of", "cao-bang/hoa-an", 812);
        Fill("tong-doan-vien:by:khoi-hcsn", "cao-bang/hoa-an", 1697);
        Fill("tong-doan-vien:by:khoi-dn", "cao-bang/hoa-an", 41);
        Fill("ho-tro-mai-am", "cao-bang/hoa-an", 90.74);
        Fill("thu-kpcd", "cao-bang/hoa-an", new Xlsx.Percent(0.9074));
        // Hà Quảng's cells were formatted as text: Vietnamese numbers stored as text, a total filled in too.
        Fill("doan-vien-moi", "cao-bang/ha-quang", "1.738");
        Fill("hoi-nghi-cbccvc", "cao-bang/ha-quang", "40");
        Fill("hoi-nghi-cbccvc:of", "cao-bang/ha-quang", "53");
        Fill("tong-doan-vien", "cao-bang/ha-quang", "2.000");
        Fill("tong-doan-vien:by:khoi-hcsn", "cao-bang/ha-quang", "1.500");
        Fill("tong-doan-vien:by:khoi-dn", "cao-bang/ha-quang", "500");
        Fill("ho-tro-mai-am", "cao-bang/ha-quang", "12,5");
        Fill("thu-kpcd", "cao-bang/ha-quang", "75,4%");
        // Bảo Lạc sent one figure, with spaces around it.
        Fill("doan-vien-moi", "cao-bang/bao-lac", " 12 ");

        var import = site.Cli("import", "--site", site.Root, form);
        Assert.True(import.Code == 0, import.Err);
        Assert.Contains("3 đơn vị, 11 giá trị: 11 mới, 0 thay đổi, 0 không đổi.", import.Out);
        Assert.Equal("""
            unit: cao-bang/hoa-an
            period: 2024-05
            source: "mau.xlsx!Báo cáo"
            values:
              doan-vien-moi: 72
              hoi-nghi-cbccvc: { value: 790, of: 812 }
              tong-doan-vien: { total: 1738, by: { khoi-hcsn: 1697, khoi-dn: 41 } }
              ho-tro-mai-am: 90.74
              thu-kpcd: 90.74

            """.Replace("\r\n", "\n"), File.ReadAllText(Path.Combine(site.Root, "data/results/cao-bang/hoa-an/2024-05.yaml")));

        site.BuildOk();
        AssertRow(site, "cao-bang/hoa-an", "Phát triển đoàn viên mới", "72");
        AssertRow(site, "cao-bang/hoa-an", "Đơn vị tổ chức Hội nghị CBCCVC", "790/812");
        AssertRow(site, "cao-bang/hoa-an", "Tổng số đoàn viên", "1.738");
        AssertRow(site, "cao-bang/hoa-an", "Tổng số đoàn viên", "khoi-hcsn: 1.697");
        AssertRow(site, "cao-bang/hoa-an", "Hỗ trợ từ quỹ Mái ấm Công đoàn", "90,74");
        AssertRow(site, "cao-bang/hoa-an", "Thu kinh phí công đoàn", "90,74%");
        AssertRow(site, "cao-bang/ha-quang", "Phát triển đoàn viên mới", "1.738");
        AssertRow(site, "cao-bang/ha-quang", "Đơn vị tổ chức Hội nghị CBCCVC", "40/53");
        AssertRow(site, "cao-bang/ha-quang", "Tổng số đoàn viên", "2.000");
        AssertRow(site, "cao-bang/ha-quang", "Tổng số đoàn viên", "khoi-dn: 500");
        AssertRow(site, "cao-bang/ha-quang", "Hỗ trợ từ quỹ Mái ấm Công đoàn", "12,5");
        AssertRow(site, "cao-bang/ha-quang", "Thu kinh phí công đoàn", "75,4%");
        AssertRow(site, "cao-bang/bao-lac", "Phát triển đoàn viên mới", "12");
        var baoLac = site.Page("/don-vi/cao-bang/bao-lac/2024-05/").QuerySelectorAll("table.results tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(baoLac);

        var before = ImportSite.Snapshot(site);
        var again = site.Cli("import", "--site", site.Root, form);
        Assert.True(again.Code == 0, again.Err);
        Assert.Contains("11 giá trị: 0 mới, 0 thay đổi, 11 không đổi.", again.Out);
        ImportSite.AssertSame(before, ImportSite.Snapshot(site));
    }

    [Fact]
    public void A_sheet_a_unit_form_imports_each_sheet_as_its_unit()
    {
        using var site = ImportSite.Create();
        var form = Path.Combine(site.Root, "mau.xlsx");
        var made = site.Cli("new", "form", "--site", site.Root, "--period", "2024-Q2", "--layout", "sheets",
            "--units", "cao-bang/hoa-an,cao-bang/bao-lac", "--indicators", "doan-vien-moi,hoi-nghi-cbccvc", "--output", form);
        Assert.True(made.Code == 0, made.Err);
        // Rows under the header: doan-vien-moi, hoi-nghi-cbccvc (count), hoi-nghi-cbccvc:of; the value column is E.
        Xlsx.Fill(form, "LĐLĐ huyện Hòa An", "E6", 30);
        Xlsx.Fill(form, "LĐLĐ huyện Hòa An", "E7", 9);
        Xlsx.Fill(form, "LĐLĐ huyện Hòa An", "E8", 10);
        Xlsx.Fill(form, "LĐLĐ huyện Bảo Lạc", "E6", "5");

        var import = site.Cli("import", "--site", site.Root, form);
        Assert.True(import.Code == 0, import.Err);
        Assert.Contains("doan-vien-moi: 30\n  hoi-nghi-cbccvc: { value: 9, of: 10 }", File.ReadAllText(Path.Combine(site.Root, "data/results/cao-bang/hoa-an/2024-Q2.yaml")));
        Assert.Contains("source: \"mau.xlsx!LĐLĐ huyện Bảo Lạc\"\nvalues:\n  doan-vien-moi: 5\n", File.ReadAllText(Path.Combine(site.Root, "data/results/cao-bang/bao-lac/2024-Q2.yaml")));
    }

    [Fact]
    public void The_form_is_valid_open_xml_with_excel_checks_on_every_input_cell()
    {
        using var site = ImportSite.Create();
        var form = Path.Combine(site.Root, "mau.xlsx");
        Assert.Equal(0, site.Cli("new", "form", "--site", site.Root, "--period", "2024-05", "--output", form).Code);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(form, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var validations = document.WorkbookPart!.WorksheetParts.Single().Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>().ToList();
        string Rule(string column) => validations.Single(v => v.SequenceOfReferences!.InnerText!.StartsWith(column + "6:")).Type!.InnerText!;
        // D doan-vien-moi (a count), E/F the ratio's count (at most its total) and total, G.. the breakdown, then money and a rate.
        Assert.Equal("whole", Rule("D"));
        Assert.Equal("custom", Rule("E"));
        Assert.Equal("whole", Rule("F"));
        Assert.Equal("decimal", Rule("J"));
        Assert.Equal("decimal", Rule("K"));
    }

    [Fact]
    public void A_form_is_never_written_over_an_existing_file()
    {
        using var site = ImportSite.Create();
        site.Write("mau.xlsx", "không phải bảng tính");
        var (code, _, err) = site.Cli("new", "form", "--site", site.Root, "--period", "2024-05", "--output", Path.Combine(site.Root, "mau.xlsx"));
        Assert.Equal(1, code);
        Assert.Contains("đã có; không ghi đè", err);
        Assert.Equal("không phải bảng tính", File.ReadAllText(Path.Combine(site.Root, "mau.xlsx")));
    }

    private static void AssertRow(TestSite site, string unit, string indicator, string expected)
    {
        var row = site.Page($"/don-vi/{unit}/2024-05/").QuerySelectorAll("table.results tbody tr").FirstOrDefault(r => r.TextContent.Contains(indicator));
        Assert.True(row is not null, $"{unit}: no row for {indicator}");
        Assert.Contains(expected, row!.QuerySelector("td[data-label^='Thực hiện']")!.TextContent);
    }
}
