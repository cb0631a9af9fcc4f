using Bantin.Diagnostics;
using Bantin.Tests.Support;

namespace Bantin.Tests.Checks;

/// <summary>`check` reads the figures and claims typed in an article and compares them with the data.</summary>
public sealed class ProseCheckTests
{
    // A province with three districts (roll-up 120 + 85 + 140 = 345), May and June figures, two targets.
    internal const string Data = """
        -- data/units.yaml --
        - id: vn
          name: Tổng Liên đoàn Lao động Việt Nam
        - id: lao-cai
          name: Liên đoàn Lao động tỉnh Lào Cai
          parent: vn
        - id: lao-cai/bat-xat
          name: Liên đoàn Lao động huyện Bát Xát
          parent: lao-cai
        - id: lao-cai/sa-pa
          name: Liên đoàn Lao động thị xã Sa Pa
          parent: lao-cai
        - id: lao-cai/bac-ha
          name: Liên đoàn Lao động huyện Bắc Hà
          parent: lao-cai
        -- data/indicators.yaml --
        - id: doan-vien-moi
          name: Phát triển đoàn viên mới
          measure: đoàn viên
          kind: flow
        - id: cdcs-moi
          name: Thành lập công đoàn cơ sở mới
          measure: CĐCS
          kind: flow
        - id: hoi-nghi-nld
          name: Đơn vị tổ chức Hội nghị người lao động
          measure: đơn vị
          kind: ratio
        - id: tong-doan-vien
          name: Tổng số đoàn viên
          measure: đoàn viên
          kind: stock
          breakdown: khoi
          parts: { khoi-hcsn: Khối hành chính sự nghiệp, khoi-dn: Khối doanh nghiệp }
        - id: lop-tap-huan
          name: Lớp tập huấn nghiệp vụ
          measure: lớp
          kind: flow
        -- data/results/lao-cai/2017-01..2017-05.yaml --
        unit: lao-cai
        period: 2017-01..2017-05
        values:
          doan-vien-moi: 1128
          cdcs-moi: 29
          hoi-nghi-nld: { value: 40, of: 53 }
          tong-doan-vien: { total: 1738, by: { khoi-hcsn: 1697, khoi-dn: 41 } }
        -- data/results/lao-cai/2017-01..2017-06.yaml --
        unit: lao-cai
        period: 2017-01..2017-06
        values:
          doan-vien-moi: 1350
        -- data/results/lao-cai/2016-01..2016-05.yaml --
        unit: lao-cai
        period: 2016-01..2016-05
        values:
          doan-vien-moi: 1100
        -- data/results/lao-cai/bat-xat/2017-01..2017-05.yaml --
        unit: lao-cai/bat-xat
        period: 2017-01..2017-05
        values:
          lop-tap-huan: 120
        -- data/results/lao-cai/sa-pa/2017-01..2017-05.yaml --
        unit: lao-cai/sa-pa
        period: 2017-01..2017-05
        values:
          lop-tap-huan: 85
        -- data/results/lao-cai/bac-ha/2017-01..2017-05.yaml --
        unit: lao-cai/bac-ha
        period: 2017-01..2017-05
        values:
          lop-tap-huan: 140
        -- data/targets/lao-cai/2017-vn.yaml --
        unit: lao-cai
        period: 2017
        set_by: vn
        targets:
          doan-vien-moi: 1500

        """;

    private static IReadOnlyList<Diagnostic> Check(string body, string title = "Kết quả 5 tháng đầu năm 2017")
    {
        using var site = TestSite.From(Data + $"-- content/a.md --\n---\ntitle: \"{title}\"\ndate: 2017-06-09\nunit: lao-cai\nperiod: 2017-01..2017-05\n---\n{body}\n");
        return new SiteBuilder().Build(new BuildOptions(site.Root, BuildTime: TestSite.BuildTime, CheckOnly: true)).Diagnostics;
    }

    [Theory]
    // Percentages: rounded or cut to the digits typed (1128/1500 = 75,2%), and bounds that hold.
    [InlineData("Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, đạt 75% chỉ tiêu TLĐ giao.")]
    [InlineData("Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, đạt 75,2% chỉ tiêu TLĐ giao.")]
    [InlineData("Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, đạt trên 70% chỉ tiêu.")]
    [InlineData("Có 40/53 đơn vị tổ chức Hội nghị NLĐ đạt 75,4%.")]
    [InlineData("Phát triển được 17.060/7.500 đoàn viên, đạt 227,4% chỉ tiêu đề ra.")]
    // Figures the writer says belong elsewhere, dates, document numbers, headings, alt text, years.
    [InlineData("Riêng 6 tháng đầu năm 2017, phát triển 1.350 đoàn viên.")]
    [InlineData("Thực hiện Nghị quyết số 04-NQ/TU ngày 19/11/2021 và Kế hoạch số 86/KH-LĐLĐ ngày 27/12/2021.")]
    [InlineData("## 1. Phát triển đoàn viên\n\n![Lễ kết nạp 1.128 đoàn viên](https://congdoan.vn/anh.jpg)")]
    [InlineData("Kỷ niệm 90 năm thành lập (1929 – 2019), năm học 2019 - 2020, giai đoạn 2021 - 2025.")]
    [InlineData("Trong 6 tháng cuối năm 2017 tiếp tục triển khai nhiệm vụ quý III.")]
    // Sums that add up, parts that make up the figure before them.
    [InlineData("Tổng số {{ value \"tong-doan-vien\" }} đoàn viên (khối hành chính 1.697 đoàn viên; khối doanh nghiệp 41 đoàn viên).")]
    [InlineData("Khối hành chính và khối doanh nghiệp: 1.697 + 41 = 1.738 đoàn viên.", "Kết quả")]
    [InlineData("Có {{ value \"hoi-nghi-nld\" }} đơn vị đạt {{ percent \"hoi-nghi-nld\" }} (7 đơn vị ngừng hoạt động và 6 đơn vị chưa tổ chức).")]
    [InlineData("Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, tăng 28 đoàn viên so với cùng kỳ năm trước.")]
    public void Right_prose_gets_no_prose_warning(string body, string title = "Kết quả 5 tháng đầu năm 2017")
    {
        // A right figure typed by hand still gets the "write a figure call" suggestion; nothing else may be said.
        Assert.Empty(Check(body, title).Where(d => !d.Message.Contains("gõ tay", StringComparison.Ordinal) && !d.Message.StartsWith("Ảnh", StringComparison.Ordinal)).Select(d => d.ToLine()));
    }

    [Theory]
    [InlineData("Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, đạt 80% chỉ tiêu TLĐ giao.", 7, 59,
        "\"80%\" không khớp với dữ liệu: 75,2% (doan-vien-moi).", "{{ percent \"doan-vien-moi\" }}")]
    [InlineData("Phát triển được 17.060/7.500 đoàn viên, đạt 272,4% chỉ tiêu đề ra.", 7, 45,
        "\"272,4%\" không khớp với dữ liệu: 227,47% (17.060/7.500 = 227,47%).", "17.060/7.500")]
    [InlineData("Có 40/53 đơn vị tổ chức Hội nghị NLĐ đạt trên 80%.", 7, 47,
        "\"trên 80%\" không khớp với dữ liệu: 75,47% (40/53 = 75,47%); 75,47% (hoi-nghi-nld).", "{{ percent \"hoi-nghi-nld\" }}")]
    [InlineData("Kết quả 6 tháng đầu năm 2017, thành lập được {{ value \"cdcs-moi\" }} CĐCS.", 7, 9,
        "\"6 tháng đầu năm 2017\" là kỳ 2017-01..2017-06, nhưng số liệu đi sau là của kỳ 2017-01..2017-05 (period: của bài, như tiêu đề \"5 tháng đầu năm 2017\").", "{{ value \"cdcs-moi\" }}")]
    [InlineData("Kết quả tháng Tư, thành lập được {{ value \"cdcs-moi\" }} CĐCS.", 7, 9,
        "\"tháng Tư\" là kỳ 2017-04, nhưng số liệu đi sau", "{{ value \"cdcs-moi\" }}")]
    [InlineData("Phát triển mới 1.350 đoàn viên.", 7, 16,
        "Số 1.350 là số liệu doan-vien-moi của lao-cai, kỳ 2017-01..2017-06 — không phải của bài (lao-cai, kỳ 2017-01..2017-05).", "{{ value \"doan-vien-moi\" period: \"2017-01..2017-06\" }}")]
    // 345 = 120 + 85 + 140, rolled up from the three districts.
    [InlineData("Toàn tỉnh tập huấn nghiệp vụ được 345 lớp.", 7, 35,
        "Số 345 được gõ tay nhưng dữ liệu đã có (lop-tap-huan).", "{{ value \"lop-tap-huan\" }}")]
    [InlineData("Tổng số 1.697 + 40 = 1.738 đoàn viên.", 7, 9,
        "Phép tính \"1.697 + 40 = 1.738\" không đúng: 1.697 + 40 = 1.737, ≠ 1.738.", "{{ value")]
    [InlineData("Có {{ value \"hoi-nghi-nld\" }} đơn vị đạt {{ percent \"hoi-nghi-nld\" }} (10 đơn vị ngừng hoạt động và 10 đơn vị không tổ chức Hội nghị).", 7, 71,
        "Các số trong ngoặc \"(10 đơn vị ngừng hoạt động và 10 đơn vị không tổ chức Hội nghị)\" cộng lại 10 + 10 = 20, không khớp với số đứng trước (hoi-nghi-nld 40/53, 53 − 40 = 13).", "{{ value \"hoi-nghi-nld\" }}")]
    [InlineData("Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, tăng 13 đoàn viên so với cùng kỳ năm trước.", 7, 55,
        "\"tăng 13 đoàn viên so với cùng kỳ năm trước\" không khớp với dữ liệu: doan-vien-moi 1.100 (2016-01..2016-05) → 1.128 (2017-01..2017-05), 28.", "{{ value \"doan-vien-moi\" }}")]
    public void A_wrong_claim_is_a_warning_at_its_column_quoting_the_data_and_the_call(string body, int line, int column, string message, string call)
    {
        var typed = message.Contains("gõ tay", StringComparison.Ordinal);
        var warning = Assert.Single(Check(body), d => d.Severity == Severity.Warning && d.Message.Contains("gõ tay", StringComparison.Ordinal) == typed);
        Assert.Equal(("content/a.md", line, column), (warning.Span.File, warning.Span.Line, warning.Span.Column));
        Assert.StartsWith(message, warning.Message);
        Assert.Contains(call, warning.Fix);
    }

    [Theory]
    [InlineData("Kết quả 6 tháng đầu năm 2017", 2, 17, "Tiêu đề ghi \"6 tháng đầu năm 2017\" (kỳ 2017-01..2017-06) nhưng period: của bài là 2017-01..2017-05.")]
    [InlineData("Kết quả quý I năm 2017", 2, 17, "Tiêu đề ghi \"quý I năm 2017\" (kỳ 2017-Q1)")]
    public void A_title_naming_another_period_is_a_warning_on_the_title(string title, int line, int column, string message)
    {
        var warning = Assert.Single(Check("Nội dung.", title), d => d.Severity == Severity.Warning);
        Assert.Equal((line, column), (warning.Span.Line, warning.Span.Column));
        Assert.StartsWith(message, warning.Message);
    }
}
