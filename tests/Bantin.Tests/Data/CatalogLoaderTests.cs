using Bantin.Diagnostics;
using Bantin.Model.Data;
using Bantin.Tests.Support;
using static Bantin.Tests.Data.DataTestSite;

namespace Bantin.Tests.Data;

/// <summary>data/units.yaml and data/indicators.yaml: what they give and every way they can be wrong.</summary>
public sealed class CatalogLoaderTests
{
    [Fact]
    public void A_site_without_data_has_an_empty_data_set_and_no_diagnostics()
    {
        var (data, diagnostics) = Load("-- content/a.md --\nx");
        Assert.Same(DataSet.Empty, data);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Units_keep_file_order_and_form_a_tree()
    {
        var (data, diagnostics) = Load("""
            -- data/units.yaml --
            - id: vn
              name: Tổng Liên đoàn Lao động Việt Nam
              short: TLĐ
            - id: cao-bang
              name: Liên đoàn Lao động tỉnh Cao Bằng
              short: LĐLĐ tỉnh Cao Bằng
              parent: vn
            - id: lao-cai
              name: Liên đoàn Lao động tỉnh Lào Cai
              parent: vn
            - id: cao-bang/hoa-an
              name: Liên đoàn Lao động huyện Hòa An
              parent: cao-bang
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(["vn", "cao-bang", "lao-cai", "cao-bang/hoa-an"], data.Units.Select(u => u.Id));
        Assert.Equal(["cao-bang", "lao-cai"], data.Children("vn").Select(u => u.Id));
        Assert.Equal(["cao-bang", "vn"], data.Ancestors("cao-bang/hoa-an").Select(u => u.Id));
        Assert.Empty(data.Ancestors("vn"));
        Assert.Equal("TLĐ", data.Unit("vn")!.DisplayShort);
        Assert.Equal("Liên đoàn Lao động tỉnh Lào Cai", data.Unit("lao-cai")!.DisplayShort);
        Assert.Equal(new SourceSpan("data/units.yaml", 4, 7), data.Unit("cao-bang")!.Span);
        Assert.Null(data.Unit("ha-noi"));
    }

    [Fact]
    public void Indicators_are_read_with_kind_measure_and_breakdown()
    {
        var (data, diagnostics) = Load(Catalog);
        Assert.Empty(diagnostics);
        Assert.Equal(["doan-vien-moi", "tong-doan-vien", "hoi-nghi-cbccvc", "ho-tro-mai-am", "thu-kpcd"], data.Indicators.Select(i => i.Id));
        var members = data.Indicator("tong-doan-vien")!;
        Assert.Equal((IndicatorKind.Stock, "người", "khoi"), (members.Kind, members.Measure, members.Breakdown));
        Assert.True(data.Indicator("doan-vien-moi")!.IsCount);
        Assert.True(data.Indicator("hoi-nghi-cbccvc")!.IsCount);
        Assert.False(data.Indicator("ho-tro-mai-am")!.IsCount);
        Assert.False(data.Indicator("thu-kpcd")!.IsCount);
    }

    [Theory]
    [InlineData("đoàn viên", true)]
    [InlineData("CĐCS", true)]
    [InlineData("nhà", true)]
    [InlineData("%", false)]
    [InlineData("triệu đồng", false)]
    [InlineData("tỷ đồng", false)]
    [InlineData("đồng", false)]
    [InlineData("tấn", false)]
    [InlineData("km", false)]
    public void A_measure_is_a_count_unless_it_is_a_percentage_money_or_a_physical_quantity(string measure, bool count) =>
        Assert.Equal(count, new Indicator("x", "X", measure, IndicatorKind.Flow, null, default).IsCount);

    [Fact]
    public void Yaml_syntax_error_in_units_is_reported_at_its_place()
    {
        var (_, diagnostics) = Load("""
            -- data/units.yaml --
            - id: vn
              name: "Tổng Liên đoàn
            - id: cao-bang
            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal("data/units.yaml", d.Span.File);
        Assert.Equal((2, 9), (d.Span.Line, d.Span.Column));
        Assert.Equal("Dấu ngoặc kép mở ở đây không được đóng.", d.Message);
        Assert.Equal("Có phải bạn quên đóng dấu ngoặc kép?", d.Fix);
    }

    [Fact]
    public void Units_file_that_is_not_a_list_is_an_error()
    {
        var (_, diagnostics) = Load("""
            -- data/units.yaml --
            id: vn
            name: Tổng Liên đoàn
            """);
        var d = Only(diagnostics, "data/units.yaml:1:1: error: data/units.yaml phải là một danh sách, mỗi mục bắt đầu bằng '- '.");
        Assert.Equal("Viết mỗi mục như sau: - id: cao-bang", d.Fix);
    }

    [Fact]
    public void Unit_without_id_is_an_error_at_the_item()
    {
        var (data, diagnostics) = Load("""
            -- data/units.yaml --
            - id: vn
              name: Tổng Liên đoàn
            - name: Liên đoàn Lao động tỉnh Cao Bằng
              parent: vn
            """);
        var d = Only(diagnostics, "data/units.yaml:3:3: error: Thiếu 'id'.");
        Assert.Equal("Thêm dòng: id: cao-bang", d.Fix);
        Assert.Single(data.Units);
    }

    [Fact]
    public void Unit_without_name_is_an_error_at_the_item()
    {
        var (data, diagnostics) = Load("""
            -- data/units.yaml --
            - id: vn
              short: TLĐ
            """);
        Only(diagnostics, "data/units.yaml:1:3: error: Thiếu 'name'.");
        Assert.Equal("vn", data.Unit("vn")!.Name);
    }

    [Fact]
    public void Duplicate_unit_id_names_both_places()
    {
        var (data, diagnostics) = Load("""
            -- data/units.yaml --
            - id: vn
              name: Tổng Liên đoàn
            - id: cao-bang
              name: LĐLĐ Cao Bằng
            - id: cao-bang
              name: LĐLĐ Cao Bằng (bản sao)
            """);
        Only(diagnostics, "data/units.yaml:5:7: error: Mã đơn vị 'cao-bang' đã được dùng ở data/units.yaml:3:7.");
        Assert.Equal("LĐLĐ Cao Bằng", data.Unit("cao-bang")!.Name);
        Assert.Equal(2, data.Units.Count);
    }

    [Fact]
    public void Unknown_parent_suggests_the_nearest_unit()
    {
        var (data, diagnostics) = Load("""
            -- data/units.yaml --
            - id: vn
              name: Tổng Liên đoàn
            - id: cao-bang
              name: LĐLĐ Cao Bằng
              parent: nv
            - id: lao-cai
              name: LĐLĐ Lào Cai
              parent: vietnam-federation
            """);
        Assert.Equal(
            ["data/units.yaml:5:11: error: Không có đơn vị cấp trên 'nv' trong data/units.yaml.",
             "data/units.yaml:8:11: error: Không có đơn vị cấp trên 'vietnam-federation' trong data/units.yaml."],
            diagnostics.Select(d => d.ToLine()));
        Assert.Equal("Có phải ý bạn là 'vn'?", diagnostics[0].Fix);
        Assert.Equal("Thêm đơn vị đó vào data/units.yaml, hoặc sửa lại mã.", diagnostics[1].Fix);
        Assert.Null(data.Unit("cao-bang")!.ParentId);
    }

    [Fact]
    public void Parent_cycle_is_reported_once_and_broken()
    {
        var (data, diagnostics) = Load("""
            -- data/units.yaml --
            - id: vn
              name: Tổng Liên đoàn
            - id: a
              name: A
              parent: c
            - id: b
              name: B
              parent: a
            - id: c
              name: C
              parent: b
            - id: self
              name: Tự mình
              parent: self
            """);
        Assert.Equal(
            ["data/units.yaml:5:11: error: Các đơn vị là cấp trên của nhau theo vòng: a → c → b → a.",
             "data/units.yaml:14:11: error: Các đơn vị là cấp trên của nhau theo vòng: self → self."],
            diagnostics.Select(d => d.ToLine()));
        Assert.Null(data.Unit("a")!.ParentId);
        Assert.Equal(["b", "a"], data.Ancestors("c").Select(u => u.Id));
        Assert.Null(data.Unit("self")!.ParentId);
    }

    [Fact]
    public void Unknown_key_in_a_unit_warns_with_a_suggestion()
    {
        var (data, diagnostics) = Load("""
            -- data/units.yaml --
            - id: vn
              name: Tổng Liên đoàn
            - id: cao-bang
              name: LĐLĐ Cao Bằng
              parnet: vn
            """);
        var d = Only(diagnostics, "data/units.yaml:5:3: warning: Khóa không dùng đến: 'parnet'.");
        Assert.Equal("Có phải ý bạn là 'parent'?", d.Fix);
        Assert.Equal(2, data.Units.Count);
    }

    [Fact]
    public void Indicator_without_kind_is_an_error_and_its_values_are_not_called_unknown()
    {
        var (data, diagnostics) = Load("""
            -- data/units.yaml --
            - id: vn
              name: Tổng Liên đoàn
            -- data/indicators.yaml --
            - id: doan-vien-moi
              name: Phát triển đoàn viên mới
              measure: đoàn viên
            -- data/results/vn/2019.yaml --
            unit: vn
            period: 2019
            values:
              doan-vien-moi: 72
            """);
        var d = Only(diagnostics, "data/indicators.yaml:1:3: error: Thiếu 'kind'.");
        Assert.Equal("Thêm dòng: kind: flow", d.Fix);
        Assert.Empty(data.Indicators);
        Assert.Empty(data.Results);
    }

    [Fact]
    public void Indicator_without_measure_or_name_is_an_error()
    {
        var (_, diagnostics) = Load("""
            -- data/indicators.yaml --
            - id: doan-vien-moi
              kind: flow
            """);
        Assert.Equal(
            ["data/indicators.yaml:1:3: error: Thiếu 'measure'.", "data/indicators.yaml:1:3: error: Thiếu 'name'."],
            diagnostics.Select(d => d.ToLine()));
    }

    [Fact]
    public void Unknown_kind_suggests_the_nearest_kind()
    {
        var (_, diagnostics) = Load("""
            -- data/indicators.yaml --
            - id: doan-vien-moi
              name: Phát triển đoàn viên mới
              measure: đoàn viên
              kind: flwo
            """);
        var d = Only(diagnostics, "data/indicators.yaml:4:9: error: Không có loại chỉ tiêu \"flwo\".");
        Assert.Equal("Có phải ý bạn là \"flow\"? Các loại: flow, stock, ratio, rate.", d.Fix);
    }

    [Fact]
    public void Duplicate_indicator_id_names_both_places()
    {
        var (data, diagnostics) = Load("""
            -- data/indicators.yaml --
            - id: cdcs-moi
              name: Thành lập CĐCS mới
              measure: CĐCS
              kind: flow
            - id: cdcs-moi
              name: CĐCS mới
              measure: CĐCS
              kind: stock
            """);
        Only(diagnostics, "data/indicators.yaml:5:7: error: Mã chỉ tiêu 'cdcs-moi' đã được dùng ở data/indicators.yaml:1:7.");
        Assert.Equal(IndicatorKind.Flow, Assert.Single(data.Indicators).Kind);
    }

    [Fact]
    public void A_key_written_twice_in_one_item_names_both_lines()
    {
        var (_, diagnostics) = Load("""
            -- data/units.yaml --
            - id: vn
              name: Tổng Liên đoàn
              name: TLĐ
            """);
        var d = Only(diagnostics, "data/units.yaml:3:3: error: 'name' được viết hai lần trong cùng một khối (lần đầu ở data/units.yaml:2:3).");
        Assert.Equal("Xóa một trong hai dòng, hoặc sửa lại tên cho đúng.", d.Fix);
    }

    [Fact]
    public void Data_file_ending_in_yml_is_ignored_with_a_warning()
    {
        var (data, diagnostics) = Load(Catalog + """
            -- data/results/lao-cai/2017.yml --
            unit: lao-cai
            period: 2017
            values:
              doan-vien-moi: 72
            """);
        Only(diagnostics, "data/results/lao-cai/2017.yml: warning: Tệp data/results/lao-cai/2017.yml bị bỏ qua: tệp số liệu phải có đuôi .yaml.");
        Assert.Empty(data.Results);
    }
}
