using Bantin.Tests.Support;

namespace Bantin.Tests.Import;

/// <summary>
/// Each slip a hand-made sheet may carry is reported at its sheet and cell as
/// <c>FILE!Sheet!C7: error: what — how to fix</c>, and nothing is written (exit 1).
/// </summary>
public sealed class BadCellTests
{
    // The sheet every case starts from: a title naming the period, an empty row, the header, two districts, a total.
    private static object?[][] Good() =>
    [
        ["BÁO CÁO SỐ LIỆU THÁNG 5/2024", null, null, null, null],
        [],
        ["TT", "Đơn vị", "Phát triển đoàn viên mới", "Đơn vị tổ chức Hội nghị CBCCVC", "Hỗ trợ từ quỹ Mái ấm Công đoàn"],
        [1, "LĐLĐ huyện Hòa An", 72, "790/812", 90.74],
        [2, "Hà Quảng", 15, "40/53", 12],
        ["Tổng cộng", null, 87, null, 102.74],
    ];

    [Theory]
    [InlineData("unknown unit", "B5", "Không có đơn vị nào tên \"Thạch An\"")]
    [InlineData("misspelt unit", "B5", "Không có đơn vị nào tên \"Ha Qang\" trong data/units.yaml. — Có phải ý bạn là \"LĐLĐ huyện Hà Quảng (cao-bang/ha-quang)\"?")]
    [InlineData("misspelt indicator", "C3", "Không có chỉ tiêu nào tên \"Phát triễn đoàn viên mớii\". — Có phải ý bạn là \"Phát triển đoàn viên mới\"?")]
    [InlineData("text in a number cell", "C4", "\"bảy mươi\" không phải là một số.")]
    [InlineData("negative count", "C4", "Số đoàn viên không thể âm (-5).")]
    [InlineData("part greater than its total", "D4", "Phần 900 lớn hơn tổng số 812.")]
    [InlineData("count with a decimal", "C5", "Chỉ tiêu này đếm số đoàn viên, nên không thể là 15,5. — Ghi một số nguyên.")]
    [InlineData("merged header", "C3", "Ô tiêu đề C3:D3 được gộp qua nhiều cột")]
    [InlineData("empty row in the middle", "C6", "\"abc\" không phải là một số.")]
    [InlineData("duplicate unit row", "B5", "Đơn vị \"LĐLĐ huyện Hòa An\" có hai dòng số liệu cho cùng kỳ (dòng kia ở {file}!Báo cáo!B4).")]
    [InlineData("wrong period", "A1", "Bảng này là số liệu tháng 5/2024, nhưng lệnh nhập cho tháng 6/2024.")]
    [InlineData("ratio without its total", "D5", "Chỉ tiêu này là tỷ lệ \"số đạt/tổng số\", mà ô chỉ ghi 40.")]
    [InlineData("percentage for a count", "C5", "\"15%\" là tỷ lệ phần trăm, nhưng chỉ tiêu này đếm số đoàn viên.")]
    [InlineData("figures without a unit", "B5", "Dòng này có số liệu nhưng không ghi đơn vị.")]
    [InlineData("unknown unit, and text in its number cell", "C5", "\"bảy mươi\" không phải là một số.")]
    public void A_bad_cell_is_reported_at_its_sheet_and_cell_and_nothing_is_written(string slip, string cell, string message)
    {
        using var site = ImportSite.Create();
        var rows = Good();
        string[] merges = [];
        var period = "2024-05";
        switch (slip)
        {
            case "unknown unit": rows[4][1] = "Thạch An"; break;
            case "misspelt unit": rows[4][1] = "Ha Qang"; break;
            case "misspelt indicator": rows[2][2] = "Phát triễn đoàn viên mớii"; break;
            case "text in a number cell": rows[3][2] = "bảy mươi"; break;
            case "negative count": rows[3][2] = -5; break;
            case "part greater than its total": rows[3][3] = "900/812"; break;
            case "count with a decimal": rows[4][2] = 15.5; break;
            case "merged header": merges = ["C3:D3"]; break;
            case "empty row in the middle": rows = [.. rows[..4], [], [3, "Bảo Lạc", "abc", null, null], .. rows[4..]]; break;
            case "duplicate unit row": rows[4][1] = "Hoà An"; break;
            case "wrong period": period = "2024-06"; break;
            case "ratio without its total": rows[4][3] = 40; break;
            case "percentage for a count": rows[4][2] = "15%"; break;
            case "figures without a unit": rows[4][1] = null; break;
            // Every cell is checked, also in a row whose unit is not found (the unit's own error is the case above).
            case "unknown unit, and text in its number cell": (rows[4][1], rows[4][2]) = ("Thạch An", "bảy mươi"); break;
            default: throw new ArgumentException(slip);
        }
        var file = Path.Combine(site.Root, "bang.xlsx");
        Xlsx.Make(file, "Báo cáo", rows, merges);
        var before = ImportSite.Snapshot(site);

        var (code, _, err) = site.Cli("import", "--site", site.Root, "--period", period, file);

        Assert.Equal(1, code);
        var expected = $"{file}!Báo cáo!{cell}: error: {message.Replace("{file}", file)}";
        Assert.True(err.Contains(expected), $"expected: {expected}\nactual:\n{err}");
        Assert.Contains("chưa ghi gì", err);
        ImportSite.AssertSame(before, ImportSite.Snapshot(site));
    }

    [Fact]
    public void The_good_sheet_itself_imports_so_each_case_fails_for_its_own_slip()
    {
        using var site = ImportSite.Create();
        var file = Path.Combine(site.Root, "bang.xlsx");
        Xlsx.Make(file, "Báo cáo", Good());
        var (code, output, err) = site.Cli("import", "--site", site.Root, "--period", "2024-05", file);
        Assert.True(code == 0, err);
        Assert.Contains("2 đơn vị, 6 giá trị: 6 mới", output);
    }

    [Fact]
    public void A_figure_different_from_the_one_on_file_is_refused_unless_replace_is_given()
    {
        using var site = ImportSite.Create();
        site.Write("data/results/cao-bang/hoa-an/2024-05.yaml", """
            # Gõ tay từ báo cáo giấy.
            unit: cao-bang/hoa-an
            period: 2024-05
            values:
              doan-vien-moi: 70    # số cũ
              cdcs-khac:           # chưa báo cáo
            """.Replace("cdcs-khac", "ho-tro-mai-am"));
        var file = Path.Combine(site.Root, "bang.xlsx");
        Xlsx.Make(file, "Báo cáo", Good());
        var before = ImportSite.Snapshot(site);

        var refused = site.Cli("import", "--site", site.Root, file);
        Assert.Equal(1, refused.Code);
        Assert.Contains($"{file}!Báo cáo!C4: error: data/results/cao-bang/hoa-an/2024-05.yaml:5 đã ghi 70, bảng này ghi 72.", refused.Err);
        ImportSite.AssertSame(before, ImportSite.Snapshot(site));

        var replaced = site.Cli("import", "--site", site.Root, "--replace", file);
        Assert.True(replaced.Code == 0, replaced.Err);
        Assert.Contains("doan-vien-moi: 70 → 72", replaced.Out);
        Assert.Equal("""
            # Gõ tay từ báo cáo giấy.
            unit: cao-bang/hoa-an
            period: 2024-05
            source: "bang.xlsx!Báo cáo"
            values:
              doan-vien-moi: 72    # số cũ
              ho-tro-mai-am: 90.74           # chưa báo cáo
              hoi-nghi-cbccvc: { value: 790, of: 812 }

            """.Replace("\r\n", "\n"), File.ReadAllText(Path.Combine(site.Root, "data/results/cao-bang/hoa-an/2024-05.yaml")));
    }
}
