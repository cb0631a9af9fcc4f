using static Bantin.Tests.Data.DataTestSite;

namespace Bantin.Tests.Data;

/// <summary>data/targets: targets with their issuer, and the ways they can be wrong.</summary>
public sealed class TargetsLoaderTests
{
    [Fact]
    public void Targets_from_two_issuers_coexist()
    {
        var (data, diagnostics) = Load(Catalog + """
            -- data/targets/lao-cai/2017-lao-cai.yaml --
            unit: lao-cai
            period: 2017
            set_by: lao-cai
            targets:
              doan-vien-moi: "2.700"
            -- data/targets/lao-cai/2017-vn.yaml --
            unit: lao-cai
            period: 2017
            set_by: vn
            targets:
              doan-vien-moi: 1500
            -- data/targets/lao-cai/2017.yaml --
            unit: lao-cai
            period: 2017
            targets:
              doan-vien-moi: 2000
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(
            [("lao-cai", 2700m), ("vn", 1500m), (null, 2000m)],
            data.Targets.Select(t => (t.SetBy, t.Value)));
        Assert.All(data.Targets, t => Assert.Equal(("lao-cai", "doan-vien-moi", "2017"), (t.UnitId, t.IndicatorId, t.Period.ToString())));
        Assert.Equal(new Bantin.Diagnostics.SourceSpan("data/targets/lao-cai/2017-vn.yaml", 5, 3), data.Targets[1].Span);
    }

    [Fact]
    public void Same_target_from_the_same_issuer_twice_names_both_places()
    {
        var (data, diagnostics) = Load(Catalog + """
            -- data/targets/lao-cai/2017-a.yaml --
            unit: lao-cai
            period: 2017
            set_by: vn
            targets:
              doan-vien-moi: 1500
            -- data/targets/lao-cai/2017-b.yaml --
            unit: lao-cai
            period: 2017-01..2017-12
            set_by: vn
            targets:
              doan-vien-moi: 1600
            """);
        var d = Only(diagnostics, "data/targets/lao-cai/2017-b.yaml:5:3: error: Chỉ tiêu 'doan-vien-moi' cho kỳ 2017-01..2017-12 do 'vn' giao đã được ghi ở data/targets/lao-cai/2017-a.yaml:5:3.");
        Assert.Equal("Giữ lại một chỉ tiêu, hoặc ghi set_by khác nhau nếu hai cấp cùng giao.", d.Fix);
        Assert.Equal(1500m, Assert.Single(data.Targets).Value);
    }

    [Fact]
    public void Set_by_naming_an_unknown_unit_suggests_the_nearest()
    {
        var (data, diagnostics) = Load(Catalog + """
            -- data/targets/lao-cai/2017.yaml --
            unit: lao-cai
            period: 2017
            set_by: nv
            targets:
              doan-vien-moi: 1500
            """);
        var d = Only(diagnostics, "data/targets/lao-cai/2017.yaml:3:9: error: set_by: không có đơn vị 'nv' trong data/units.yaml.");
        Assert.Equal("Có phải ý bạn là 'vn'?", d.Fix);
        Assert.Empty(data.Targets);
    }

    [Fact]
    public void Target_must_be_a_single_number()
    {
        var (_, diagnostics) = Load(Catalog + """
            -- data/targets/lao-cai/2017.yaml --
            unit: lao-cai
            period: 2017
            targets:
              hoi-nghi-cbccvc: { value: 800, of: 812 }
            """);
        Only(diagnostics, "data/targets/lao-cai/2017.yaml:4:20: error: 'hoi-nghi-cbccvc' phải là một số.");
    }

    [Fact]
    public void Target_unknown_indicator_and_count_checks_apply()
    {
        var (_, diagnostics) = Load(Catalog + """
            -- data/targets/lao-cai/2017.yaml --
            unit: lao-cai
            period: 2017
            targets:
              doan-vien-moi: 1.500
              cdcs-moi: 4
            """);
        Assert.Equal(
            ["data/targets/lao-cai/2017.yaml:4:18: error: 1.500 được đọc là số thập phân 1,500, nhưng chỉ tiêu này đếm số đoàn viên (số nguyên).",
             "data/targets/lao-cai/2017.yaml:5:3: error: Không có chỉ tiêu 'cdcs-moi' trong data/indicators.yaml."],
            diagnostics.Select(d => d.ToLine()));
    }

    [Fact]
    public void Missing_targets_is_an_error()
    {
        var (_, diagnostics) = Load(Catalog + """
            -- data/targets/lao-cai/2017.yaml --
            unit: lao-cai
            period: 2017
            set_by: vn
            """);
        Only(diagnostics, "data/targets/lao-cai/2017.yaml:1:1: error: Thiếu 'targets'.");
    }
}
