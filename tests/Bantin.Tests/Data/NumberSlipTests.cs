using static Bantin.Tests.Data.DataTestSite;

namespace Bantin.Tests.Data;

/// <summary>
/// The numbers an editor writes the Vietnamese way or the way a report prints them: a point before three digits
/// (thousands or decimals?), a percent sign on a rate, a fraction for a ratio. Each is understood when the data
/// model makes it unambiguous, otherwise an error offering the exact fix; never a silently wrong value.
/// </summary>
public sealed class NumberSlipTests
{
    [Theory]
    [InlineData("ho-tro-mai-am: 1.250", "1.250", "1250", "1,25")]
    [InlineData("ho-tro-mai-am: 2.500", "2.500", "2500", "2,5")]
    [InlineData("ho-tro-mai-am: 1.000", "1.000", "1000", "1")]
    [InlineData("ho-tro-mai-am: 283.753", "283.753", "283753", "283,753")]
    [InlineData("thu-kpcd: 97.290", "97.290", "97290", "97,29")]
    public void A_point_before_three_digits_asks_which_reading_for_every_measure(string line, string text, string thousands, string decimals)
    {
        var (data, diagnostics) = Results("unit: lao-cai\nperiod: 2017\nvalues:\n  " + line + "\n");
        var column = line.IndexOf(": ", StringComparison.Ordinal) + 5;
        var d = Only(diagnostics,
            $"data/results/lao-cai/2017.yaml:4:{column}: error: {text} đọc được hai cách: {thousands} (dấu chấm nhóm hàng nghìn) hay {decimals} (dấu chấm thập phân)?");
        Assert.Equal($"Viết {thousands} hoặc {decimals}; hoặc viết \"{text}\" trong ngoặc kép nếu là {thousands}.", d.Fix);
        Assert.Empty(data.Results);
    }

    [Fact]
    public void A_point_before_three_digits_in_a_target_asks_too()
    {
        var (_, diagnostics) = Load(Catalog + "-- data/targets/lao-cai/2017.yaml --\nunit: lao-cai\nperiod: 2017\ntargets:\n  ho-tro-mai-am: 1.250\n");
        Assert.StartsWith("data/targets/lao-cai/2017.yaml:4:18: error: 1.250 đọc được hai cách", Assert.Single(diagnostics).ToLine());
    }

    [Theory]
    [InlineData("ho-tro-mai-am: \"1.250\"", 1250)]
    [InlineData("ho-tro-mai-am: '2.500'", 2500)]
    [InlineData("ho-tro-mai-am: 1,25", 1.25)]
    [InlineData("ho-tro-mai-am: 1250", 1250)]
    [InlineData("ho-tro-mai-am: 0.250", 0.25)]
    [InlineData("ho-tro-mai-am: 1.2505", 1.2505)]
    [InlineData("thu-kpcd: 12%", 12)]
    [InlineData("thu-kpcd: 12 %", 12)]
    [InlineData("thu-kpcd: \"97,29%\"", 97.29)]
    [InlineData("thu-kpcd: 97,29%", 97.29)]
    public void Unambiguous_forms_are_read(string line, double expected)
    {
        var (data, diagnostics) = Results("unit: lao-cai\nperiod: 2017\nvalues:\n  " + line + "\n");
        Assert.Empty(diagnostics);
        Assert.Equal((decimal)expected, Assert.Single(data.Results).Amount.Value);
    }

    [Theory]
    [InlineData("hoi-nghi-cbccvc: 35/40", 35, 40)]
    [InlineData("hoi-nghi-cbccvc: 35 / 40", 35, 40)]
    [InlineData("hoi-nghi-cbccvc: \"1.790/1.812\"", 1790, 1812)]
    public void A_ratio_written_as_a_fraction_is_its_value_and_total(string line, int value, int of)
    {
        var (data, diagnostics) = Results("unit: lao-cai\nperiod: 2017\nvalues:\n  " + line + "\n");
        Assert.Empty(diagnostics);
        var amount = Assert.Single(data.Results).Amount;
        Assert.Equal(((decimal)value, (decimal?)of), (amount.Value, amount.Of));
    }

    [Theory]
    [InlineData("hoi-nghi-cbccvc: 45/40",
        "4:20: error: Giá trị 45 lớn hơn tổng số 40.",
        "Kiểm tra lại hai số: value là số đạt, of là tổng số (790/812 → value: 790, of: 812).")]
    [InlineData("doan-vien-moi: 35/40",
        "4:18: error: \"35/40\" là một phân số, nhưng 'doan-vien-moi' không phải chỉ tiêu dạng tỷ lệ (ratio).",
        "Ghi một số, ví dụ: doan-vien-moi: 35")]
    [InlineData("doan-vien-moi: 12%",
        "4:18: error: \"12%\" là một tỷ lệ phần trăm, nhưng 'doan-vien-moi' đếm số đoàn viên.",
        "Ghi số đoàn viên, ví dụ: doan-vien-moi: 72")]
    [InlineData("hoi-nghi-cbccvc: 97%",
        "4:20: error: \"97%\" là một tỷ lệ phần trăm, nhưng 'hoi-nghi-cbccvc' là tỷ lệ tính từ hai số đếm.",
        "Ghi cả hai số, ví dụ: hoi-nghi-cbccvc: 790/812 (tỷ lệ được tự tính).")]
    public void A_percent_or_fraction_that_does_not_fit_the_indicator_gets_the_exact_fix(string line, string where, string fix)
    {
        var (data, diagnostics) = Results("unit: lao-cai\nperiod: 2017\nvalues:\n  " + line + "\n");
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:" + where);
        Assert.Equal(fix, d.Fix);
        Assert.Empty(data.Results);
    }
}
