using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Periods;
using static Bantin.Tests.Data.DataTestSite;

namespace Bantin.Tests.Data;

/// <summary>data/results: the value forms of FORMATS.md and every way a value can be wrong.</summary>
public sealed class ResultsLoaderTests
{
    [Fact]
    public void Values_are_read_in_every_form_of_the_contract()
    {
        var (data, diagnostics) = Results("""
            unit: lao-cai
            period: 2017-01..2017-05
            source: content/tin-tuc/2017/a.md
            values:
              doan-vien-moi: "1.128"
              hoi-nghi-cbccvc: { value: 790, of: 812 }
              ho-tro-mai-am: "283,753"
              tong-doan-vien: { total: 1738, by: { khoi-hcsn: 1697, khoi-dn-ngoai-nha-nuoc: 41 } }
              thu-kpcd: "106,4"
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(5, data.Results.Count);
        var first = data.Results[0];
        Assert.Equal(("lao-cai", "doan-vien-moi", "2017-01..2017-05", 1128m), (first.UnitId, first.IndicatorId, first.Period.ToString(), first.Amount.Value));
        Assert.Equal(new Bantin.Diagnostics.SourceSpan("data/results/lao-cai/2017.yaml", 5, 3), first.Span);
        Assert.Equal((790m, (decimal?)812m), (data.Results[1].Amount.Value, data.Results[1].Amount.Of));
        Assert.Equal(283.753m, data.Results[2].Amount.Value);
        Assert.Equal(
            [new("khoi-hcsn", 1697m), new("khoi-dn-ngoai-nha-nuoc", 41m)],
            data.Results[3].Amount.By);
        Assert.Equal(106.4m, data.Results[4].Amount.Value);
        Assert.Null(data.Results[0].Amount.Of);
        Assert.Empty(data.Results[0].Amount.By);
    }

    [Fact]
    public void Results_come_in_ordinal_path_order()
    {
        var (data, diagnostics) = Load(Catalog + """
            -- data/results/vn/2019.yaml --
            unit: vn
            period: 2019
            values:
              doan-vien-moi: 3
            -- data/results/lao-cai/2019-Q1.yaml --
            unit: lao-cai
            period: 2019-Q1
            values:
              doan-vien-moi: 1
            -- data/results/lao-cai/2019-04.yaml --
            unit: lao-cai
            period: 2019-04
            values:
              doan-vien-moi: 2
            """);
        Assert.Empty(diagnostics);
        Assert.Equal([2m, 1m, 3m], data.Results.Select(r => r.Amount.Value));
    }

    [Fact]
    public void Missing_unit_is_an_error()
    {
        var (data, diagnostics) = Results("""
            period: 2017
            values:
              doan-vien-moi: 72
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:1:1: error: Thiếu 'unit'.");
        Assert.Equal("Thêm dòng: unit: cao-bang", d.Fix);
        Assert.Empty(data.Results);
    }

    [Fact]
    public void Unknown_unit_suggests_the_nearest_id()
    {
        var (data, diagnostics) = Results("""
            unit: lao-ca
            period: 2017
            values:
              doan-vien-moi: 72
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:1:7: error: Không có đơn vị 'lao-ca' trong data/units.yaml.");
        Assert.Equal("Có phải ý bạn là 'lao-cai'?", d.Fix);
        Assert.Empty(data.Results);
    }

    [Fact]
    public void Missing_period_is_an_error()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            values:
              doan-vien-moi: 72
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:1:1: error: Thiếu 'period'.");
    }

    [Fact]
    public void Period_that_does_not_parse_says_what_is_wrong()
    {
        var (data, diagnostics) = Results("""
            unit: lao-cai
            period: 2019-13
            values:
              doan-vien-moi: 72
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:2:9: error: Kỳ \"2019-13\" không hợp lệ: tháng phải từ 01 đến 12.");
        Assert.Equal("Viết kỳ theo một trong các dạng: 2019-04, 2019-Q1, 2020-H1, 2017-01..2017-05, 2021, 2013..2018.", d.Fix);
        Assert.Empty(data.Results);
    }

    [Fact]
    public void Period_range_with_a_dash_suggests_the_dots()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2013-2018
            values:
              doan-vien-moi: 72
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:2:9: error: Kỳ \"2013-2018\" không hợp lệ: khoảng được viết bằng \"..\", không phải dấu gạch.");
        Assert.Equal("Có phải ý bạn là 2013..2018?", d.Fix);
    }

    [Fact]
    public void Missing_values_is_an_error()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:1:1: error: Thiếu 'values'.");
    }

    [Fact]
    public void Unknown_indicator_suggests_the_nearest_id()
    {
        var (data, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi: 72
              doan-vien-mois: 3
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:5:3: error: Không có chỉ tiêu 'doan-vien-mois' trong data/indicators.yaml.");
        Assert.Equal("Có phải ý bạn là 'doan-vien-moi'?", d.Fix);
        Assert.Single(data.Results);
    }

    [Fact]
    public void Value_that_is_not_a_number_is_an_error_at_the_value()
    {
        var (data, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi: khoảng 70
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:4:18: error: \"khoảng 70\" không phải là một số.");
        Assert.Equal("Ghi một số: 1738, 90.74, hoặc theo cách viết Việt Nam trong ngoặc kép: \"1.738\", \"90,74\".", d.Fix);
        Assert.Empty(data.Results);
    }

    [Fact]
    public void Ambiguous_vietnamese_number_is_an_error()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              ho-tro-mai-am: "90.74"
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:4:18: error: \"90.74\" không rõ nghĩa: theo cách viết Việt Nam, dấu chấm nhóm hàng nghìn theo từng ba chữ số.");
    }

    [Fact]
    public void An_empty_value_is_not_yet_reported_neither_zero_nor_an_error()
    {
        var (data, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi:
              ho-tro-mai-am: 29
            """);
        Assert.Empty(diagnostics);
        Assert.DoesNotContain(data.Results, r => r.IndicatorId == "doan-vien-moi");
        Assert.Contains(data.Results, r => r.IndicatorId == "ho-tro-mai-am" && r.Amount.Value == 29);
    }

    [Fact]
    public void Count_written_like_a_thousands_group_asks_which_was_meant()
    {
        var (data, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi: 1.738
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:4:18: error: 1.738 được đọc là số thập phân 1,738, nhưng chỉ tiêu này đếm số đoàn viên (số nguyên).");
        Assert.Equal("Có phải ý bạn là \"1.738\" (trong ngoặc kép, tức 1738) hay 1738?", d.Fix);
        Assert.Empty(data.Results);
    }

    [Fact]
    public void Count_written_like_a_thousands_group_in_english()
    {
        var (_, diagnostics) = Load(Catalog + """
            -- data/results/lao-cai/2017.yaml --
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi: 1.000
            """, Language.En);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:4:18: error: 1.000 reads as the decimal number 1.000, but this indicator counts whole đoàn viên.");
        Assert.Equal("Did you mean \"1.000\" (quoted, 1000) or 1000?", d.Fix);
    }

    [Fact]
    public void Money_may_have_three_decimals_after_a_decimal_comma()
    {
        var (data, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              ho-tro-mai-am: 283,753
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(283.753m, Assert.Single(data.Results).Amount.Value);
    }

    [Fact]
    public void Count_with_a_fraction_is_an_error()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi: "72,5"
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:4:18: error: Chỉ tiêu này đếm số đoàn viên, nên không thể là 72,5.");
        Assert.Equal("Ghi một số nguyên.", d.Fix);
    }

    [Fact]
    public void Negative_count_is_an_error()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              hoi-nghi-cbccvc: { value: 790, of: -812 }
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:4:38: error: Số đơn vị không thể âm (-812).");
    }

    [Fact]
    public void Ratio_without_of_is_an_error()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              hoi-nghi-cbccvc: 790
              tong-doan-vien: 5
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:4:20: error: 'hoi-nghi-cbccvc' là chỉ tiêu dạng tỷ lệ (ratio): cần cả tổng số 'of'.");
        Assert.Equal("Viết: hoi-nghi-cbccvc: { value: 790, of: 812 }", d.Fix);
    }

    [Fact]
    public void Ratio_value_above_its_total_is_an_error()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              hoi-nghi-cbccvc: { value: 812, of: 790 }
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:4:29: error: Giá trị 812 lớn hơn tổng số 790.");
    }

    [Fact]
    public void Of_on_an_indicator_that_is_not_a_ratio_is_an_error()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi: { value: 72, of: 111 }
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:4:31: error: 'of' chỉ dùng cho chỉ tiêu dạng tỷ lệ (kind: ratio), mà 'doan-vien-moi' thì không phải.");
        Assert.Equal("Bỏ 'of', hoặc đổi loại của 'doan-vien-moi' thành ratio trong data/indicators.yaml.", d.Fix);
    }

    [Fact]
    public void Breakdown_on_an_indicator_without_breakdown_is_an_error()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi: { total: 72, by: { nam: 40, nu: 32 } }
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:4:31: error: Chỉ tiêu 'doan-vien-moi' không được chia nhỏ (thiếu 'breakdown' trong data/indicators.yaml).");
    }

    [Fact]
    public void Breakdown_parts_that_do_not_add_up_are_an_error()
    {
        var (data, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              tong-doan-vien: { total: 1738, by: { khoi-hcsn: 1697, khoi-dn-ngoai-nha-nuoc: 14 } }
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:4:28: error: Các phần cộng lại được 1.711, khác với tổng 1.738.");
        Assert.Equal("Sửa lại tổng hoặc các phần cho khớp nhau.", d.Fix);
        Assert.Empty(data.Results);
    }

    [Fact]
    public void Value_and_total_together_are_an_error()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              tong-doan-vien: { value: 1738, total: 1738 }
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:4:41: error: Chỉ ghi một trong hai: 'value' hoặc 'total'.");
    }

    [Fact]
    public void Same_value_in_two_files_names_both_places_even_when_the_period_is_written_differently()
    {
        var (data, diagnostics) = Load(Catalog + """
            -- data/results/lao-cai/2019-Q1.yaml --
            unit: lao-cai
            period: 2019-Q1
            values:
              doan-vien-moi: 30
            -- data/results/lao-cai/quy-1.yaml --
            unit: lao-cai
            period: 2019-01..2019-03
            values:
              doan-vien-moi: 31
            """);
        var d = Only(diagnostics, "data/results/lao-cai/quy-1.yaml:4:3: error: Giá trị của 'doan-vien-moi' cho kỳ 2019-01..2019-03 đã được ghi ở data/results/lao-cai/2019-Q1.yaml:4:3.");
        Assert.Equal("Giữ lại một giá trị: xóa dòng này hoặc dòng kia.", d.Fix);
        Assert.Equal(30m, Assert.Single(data.Results).Amount.Value);
    }

    [Fact]
    public void Same_value_twice_in_one_file_names_both_lines()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi: 72
              ho-tro-mai-am: 110
              doan-vien-moi: 27
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:6:3: error: 'doan-vien-moi' được viết hai lần trong cùng một khối (lần đầu ở data/results/lao-cai/2017.yaml:4:3).");
    }

    [Fact]
    public void Unknown_key_in_a_results_file_warns_with_a_suggestion()
    {
        var (data, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            sourse: content/a.md
            values:
              doan-vien-moi: 72
            """);
        var d = Only(diagnostics, "data/results/lao-cai/2017.yaml:3:1: warning: Khóa không dùng đến: 'sourse'.");
        Assert.Equal("Có phải ý bạn là 'source'?", d.Fix);
        Assert.Single(data.Results);
    }

    [Fact]
    public void Every_error_of_every_file_is_reported_together()
    {
        var (_, diagnostics) = Load(Catalog + """
            -- data/results/a.yaml --
            unit: lao-ca
            period: 2019-Q5
            values:
              doan-vien-moi: 1.5
              hoi-nghi-cbccvc: 790
            -- data/results/b.yaml --
            unit: lao-cai
            period: 2019
            values: { doan-vien-moi: -3, thu-kpcd: abc }
            -- data/targets/c.yaml --
            unit: lao-cai
            period: 2019
            set_by: tld
            targets:
              doan-vien-moi: 1.500
            """);
        Assert.Equal(
            ["data/results/a.yaml:1:7", "data/results/a.yaml:2:9", "data/results/a.yaml:4:18", "data/results/a.yaml:5:20",
             "data/results/b.yaml:3:26", "data/results/b.yaml:3:40", "data/targets/c.yaml:3:9", "data/targets/c.yaml:5:18"],
            diagnostics.Select(d => d.Span.ToString()));
    }

    [Fact]
    public void Results_file_that_is_a_list_is_an_error()
    {
        var (_, diagnostics) = Results("""
            - unit: lao-cai
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:1:1: error: Phần đầu phải là các dòng 'khóa: giá trị'.");
    }

    [Fact]
    public void Period_keeps_the_way_it_was_written()
    {
        var (data, _) = Results("""
            unit: lao-cai
            period: 2019-q1
            values:
              doan-vien-moi: 72
            """);
        Assert.Equal(Period.Quarter(2019, 1), Assert.Single(data.Results).Period);
    }

    [Fact]
    public void Ratio_with_an_empty_of_is_an_error_at_the_key()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              hoi-nghi-cbccvc: { value: 790, of: }
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:4:34: error: Thiếu giá trị.");
    }

    [Fact]
    public void Breakdown_too_large_to_add_up_is_an_error_not_a_crash()
    {
        var (_, diagnostics) = Results("""
            unit: lao-cai
            period: 2017
            values:
              tong-doan-vien: { total: 1, by: { a: 50000000000000000000000000000, b: 50000000000000000000000000000 } }
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yaml:4:28: error: Các phần cộng lại được > 79.228.162.514.264.337.593.543.950.335, khác với tổng 1.");
    }
}
