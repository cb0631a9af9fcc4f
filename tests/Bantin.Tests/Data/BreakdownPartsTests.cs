using Bantin.Model.Data;
using static Bantin.Tests.Data.DataTestSite;

namespace Bantin.Tests.Data;

/// <summary>data/indicators.yaml <c>parts:</c>: the names of a breakdown's parts, and the keys results may then use.</summary>
public sealed class BreakdownPartsTests
{
    private const string Units = """
        -- data/units.yaml --
        - id: lao-cai
          name: Liên đoàn Lao động tỉnh Lào Cai

        """;

    private static string Indicator(string extra) => Units + """
        -- data/indicators.yaml --
        - id: tong-doan-vien
          name: Tổng số đoàn viên
          measure: người
          kind: stock

        """.Replace("kind: stock\n", "kind: stock\n" + extra);

    private const string Declared = """
          breakdown: khoi
          parts:
            khoi-hcsn: Khối hành chính sự nghiệp
            khoi-dn-ngoai-nha-nuoc: Khối doanh nghiệp ngoài nhà nước

        """;

    // The value with its parts, or a plain number when there are none to give.
    private static string Result(string by) =>
        "-- data/results/lao-cai/2017.yaml --\nunit: lao-cai\nperiod: 2017\nvalues:\n  tong-doan-vien: "
        + (by.Contains(':') ? "{ total: 1738, by: { " + by + " } }" : by) + "\n";

    [Fact]
    public void Declared_parts_are_read_with_their_names_in_file_order()
    {
        var (data, diagnostics) = Load(Indicator(Declared) + Result("khoi-hcsn: 1697, khoi-dn-ngoai-nha-nuoc: 41"));
        Assert.Empty(diagnostics);
        var indicator = data.Indicator("tong-doan-vien")!;
        Assert.Equal(["khoi-hcsn", "khoi-dn-ngoai-nha-nuoc"], indicator.Parts.Keys);
        Assert.Equal("Khối hành chính sự nghiệp", indicator.PartName("khoi-hcsn"));
        Assert.Single(data.Results);
    }

    [Fact]
    public void Without_parts_any_key_is_accepted_and_named_by_itself()
    {
        var (data, diagnostics) = Load(Indicator("  breakdown: khoi\n") + Result("khoi-hcsn: 1697, khoi-dn: 41"));
        Assert.Empty(diagnostics);
        var indicator = data.Indicator("tong-doan-vien")!;
        Assert.False(indicator.Parts.Declared);
        Assert.Equal("khoi-dn", indicator.PartName("khoi-dn"));
        Assert.Single(data.Results);
    }

    [Theory]
    // A key the indicator does not declare, close to one it does: the nearest is suggested.
    [InlineData(Declared, "khoi-hcsn: 1697, khoi-dn-ngoai-nha-nuo: 41",
        "data/results/lao-cai/2017.yaml:4:57: error: Phần 'khoi-dn-ngoai-nha-nuo' không có trong 'parts' của chỉ tiêu 'tong-doan-vien' (data/indicators.yaml); các phần đã khai báo: khoi-hcsn, khoi-dn-ngoai-nha-nuoc.",
        "Có phải ý bạn là 'khoi-dn-ngoai-nha-nuoc'? Nếu là phần mới, thêm 'khoi-dn-ngoai-nha-nuo: <tên>' vào 'parts' của 'tong-doan-vien' trong data/indicators.yaml.")]
    // A key like none of them: no guess.
    [InlineData(Declared, "khoi-hcsn: 1697, nam: 41",
        "data/results/lao-cai/2017.yaml:4:57: error: Phần 'nam' không có trong 'parts' của chỉ tiêu 'tong-doan-vien' (data/indicators.yaml); các phần đã khai báo: khoi-hcsn, khoi-dn-ngoai-nha-nuoc.",
        "Dùng một phần đã khai báo, hoặc thêm 'nam: <tên>' vào 'parts' của 'tong-doan-vien' trong data/indicators.yaml.")]
    // Names without a breakdown to name.
    [InlineData("  parts: { khoi-hcsn: Khối hành chính sự nghiệp }\n", "1738",
        "data/indicators.yaml:5:3: error: Chỉ tiêu 'tong-doan-vien' có 'parts' nhưng không có 'breakdown'.",
        "Thêm dòng breakdown: ten-cach-chia (ví dụ breakdown: khoi) phía trên 'parts', hoặc bỏ 'parts'.")]
    // A part with nothing after it.
    [InlineData("  breakdown: khoi\n  parts:\n    khoi-hcsn:\n", "khoi-hcsn: 1738",
        "data/indicators.yaml:7:5: error: Phần 'khoi-hcsn' chưa có tên.",
        "Viết tên mà trang sẽ in, ví dụ: khoi-hcsn: Khối hành chính sự nghiệp")]
    // A list where names belong.
    [InlineData("  breakdown: khoi\n  parts: [khoi-hcsn, khoi-dn]\n", "khoi-hcsn: 1738",
        "data/indicators.yaml:6:10: error: 'parts' phải gồm các dòng 'khóa: giá trị'.",
        "Viết: parts: { khoa: gia-tri }")]
    public void Bad_parts_are_an_error_at_their_place(string indicator, string by, string line, string fix)
    {
        var (_, diagnostics) = Load(Indicator(indicator) + Result(by));
        Assert.Equal(fix, Only(diagnostics, line).Fix);
    }

    [Fact]
    public void An_undeclared_part_is_reported_in_English_too()
    {
        var (_, diagnostics) = Load(Indicator(Declared) + Result("khoi-hcsn: 1697, khoi-dn: 41"), Bantin.Formatting.Language.En);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:4:57: error: The part 'khoi-dn' is not among the 'parts' of the indicator 'tong-doan-vien' (data/indicators.yaml); declared parts: khoi-hcsn, khoi-dn-ngoai-nha-nuoc.");
        Assert.Equal("Use a declared part, or add 'khoi-dn: <name>' to the 'parts' of 'tong-doan-vien' in data/indicators.yaml.", d.Fix);
    }
}
