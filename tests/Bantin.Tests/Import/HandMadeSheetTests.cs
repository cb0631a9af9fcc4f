using System.Text;
using Bantin.Tests.Support;

namespace Bantin.Tests.Import;

/// <summary>Tables made by hand in the shape offices use, and CSV files as Excel saves them.</summary>
public sealed class HandMadeSheetTests
{
    [Fact]
    public void A_sheet_in_the_usual_office_shape_imports_its_unit_rows_only()
    {
        using var site = ImportSite.Create();
        var file = Path.Combine(site.Root, "bao-cao.xlsx");
        Xlsx.Make(file, "Sheet1",
        [
            ["LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG", null, null, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["BÁO CÁO KẾT QUẢ THÁNG 5 NĂM 2024", null, null, null],
            [],
            ["STT", "Tên đơn vị", "Phát triển đoàn viên mới\n(đoàn viên)", "Hội nghị CBCCVC", "Ghi chú"],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            [1, "LĐLĐ huyện Hoà An", "72", "790/812", "đã duyệt"],
            [],
            [2, "Hà Quảng", 15, "40 / 53", null],
            [3, "Bảo Lạc", null, null, "chưa gửi"],
            [null, "Tổng cộng", 90, null, null],
            [],
            [null, "Người lập biểu", null, "Thủ trưởng đơn vị"],
        ], "A1:C1", "A2:E2");

        var (code, output, err) = site.Cli("import", "--site", site.Root, file);

        Assert.True(code == 0, err);
        Assert.Contains("2 đơn vị, 4 giá trị: 4 mới", output);
        // The total row is checked, not imported: 72 + 15 is not 90.
        Assert.Contains($"{file}!Sheet1!C10: warning: Dòng tổng ghi 90, nhưng các đơn vị cộng lại được 87.", err);
        Assert.Contains("  doan-vien-moi: 15\n  hoi-nghi-cbccvc: { value: 40, of: 53 }\n", File.ReadAllText(Path.Combine(site.Root, "data/results/cao-bang/ha-quang/2024-05.yaml")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "data/results/cao-bang/bao-lac")));
    }

    [Fact]
    public void An_old_binary_xls_workbook_imports_like_an_xlsx()
    {
        using var site = ImportSite.Create();
        // Made by Fixtures/make-xls.py: a merged title naming the period, a percentage cell, a number typed as text.
        var file = Path.Combine(site.Root, "bao-cao-cu.xls");
        File.Copy(Path.Combine(Repo.Root, "tests/Bantin.Tests/Import/Fixtures/bao-cao-cu.xls"), file);

        var (code, output, err) = site.Cli("import", "--site", site.Root, file);

        Assert.True(code == 0, err);
        Assert.Contains("2 đơn vị, 4 giá trị: 4 mới", output);
        Assert.Equal("unit: cao-bang/hoa-an\nperiod: 2024-05\nsource: \"bao-cao-cu.xls!Tháng 5\"\nvalues:\n  doan-vien-moi: 72\n  ho-tro-mai-am: 90.74\n  thu-kpcd: 90.74\n",
            File.ReadAllText(Path.Combine(site.Root, "data/results/cao-bang/hoa-an/2024-05.yaml")));
        Assert.Contains("doan-vien-moi: 1738", File.ReadAllText(Path.Combine(site.Root, "data/results/cao-bang/ha-quang/2024-05.yaml")));
        Assert.DoesNotContain("warning", err);
    }

    [Theory]
    [InlineData(true, ';')]
    [InlineData(false, ',')]
    public void A_csv_file_with_or_without_a_byte_order_mark_imports_its_vietnamese_numbers(bool bom, char separator)
    {
        using var site = ImportSite.Create();
        var s = separator;
        var text = $"Báo cáo quý II/2024\n\nĐơn vị{s}doan-vien-moi{s}Hỗ trợ từ quỹ Mái ấm Công đoàn{s}Thu kinh phí công đoàn\n"
                   + $"hoa-an{s}\"1.738\"{s}\"90,74\"{s}\"97,5%\"\n";
        var file = Path.Combine(site.Root, "bang.csv");
        File.WriteAllBytes(file, [.. (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []), .. Encoding.UTF8.GetBytes(text)]);

        var (code, _, err) = site.Cli("import", "--site", site.Root, file);

        Assert.True(code == 0, err);
        Assert.Equal("unit: cao-bang/hoa-an\nperiod: 2024-Q2\nsource: \"bang.csv\"\nvalues:\n  doan-vien-moi: 1738\n  ho-tro-mai-am: 90.74\n  thu-kpcd: 97.5\n",
            File.ReadAllText(Path.Combine(site.Root, "data/results/cao-bang/hoa-an/2024-Q2.yaml")));
    }

    [Theory]
    [InlineData("bang.csv", new byte[] { 0x54, 0xEA, 0x6E, 0x0A }, "Tệp CSV không phải UTF-8")]
    [InlineData("bang.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 }, "Tệp bị hỏng hoặc không phải bảng tính Excel.")]
    [InlineData("bang.xls", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 }, "Tệp bị hỏng hoặc không phải bảng tính Excel.")]
    [InlineData("bang.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 }, "Không biết đọc loại tệp này.")]
    public void A_file_that_is_not_a_readable_spreadsheet_is_an_error_not_a_crash(string name, byte[] bytes, string message)
    {
        using var site = ImportSite.Create();
        var file = Path.Combine(site.Root, name);
        File.WriteAllBytes(file, bytes);
        var (code, _, err) = site.Cli("import", "--site", site.Root, "--period", "2024-05", file);
        Assert.Equal(1, code);
        Assert.Contains($"{file}: error: {message}", err);
    }

    [Fact]
    public void Dry_run_prints_the_summary_and_writes_nothing()
    {
        using var site = ImportSite.Create();
        var file = Path.Combine(site.Root, "bang.csv");
        File.WriteAllText(file, "Đơn vị;doan-vien-moi\nHòa An;5\n");
        var before = ImportSite.Snapshot(site);
        var (code, output, err) = site.Cli("import", "--site", site.Root, "--period", "2024-05", "--dry-run", file);
        Assert.True(code == 0, err);
        Assert.Contains("data/results/cao-bang/hoa-an/2024-05.yaml: tệp mới (1 mới", output);
        Assert.Contains("--dry-run", output);
        ImportSite.AssertSame(before, ImportSite.Snapshot(site));
    }
}
