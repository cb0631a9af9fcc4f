using Bantin.Diagnostics;
using Bantin.Incremental;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Render;

namespace Bantin.Tests.Incremental;

public sealed class DataVersionsTests
{
    private static readonly SourceSpan Here = new("data/x.yaml", 1, 1);

    private static DataSet Data(decimal laoCai, decimal caoBang)
    {
        Period.TryParse("2017-01", out var period, out _);
        Unit[] units = [new("vn", "TLĐ", null, null, Here), new("lao-cai", "Lào Cai", null, "vn", Here), new("cao-bang", "Cao Bằng", null, "vn", Here)];
        // Every load makes new breakdown lists: equal values must still count as unchanged.
        Result Value(string unit, decimal value) =>
            new(unit, "dv", period!, new Amount(value, null, [new("khoi-a", value - 1), new("khoi-b", 1)]), Here);
        return new DataSet(units, [new Indicator("dv", "Đoàn viên", "người", IndicatorKind.Flow, null, Here)],
            [Value("lao-cai", laoCai), Value("cao-bang", caoBang)], []);
    }

    [Fact]
    public void An_edit_moves_the_version_of_its_unit_and_the_units_above_but_not_of_its_siblings()
    {
        var versions = new DataVersions();
        versions.Update(Data(10, 20));
        var (laoCai, caoBang, vn, all) = (versions.Of(DataUse.Of("lao-cai")), versions.Of(DataUse.Of("cao-bang")), versions.Of(DataUse.Of("vn")), versions.All);

        versions.Update(Data(11, 20));

        Assert.NotEqual(laoCai, versions.Of(DataUse.Of("lao-cai")));
        Assert.NotEqual(vn, versions.Of(DataUse.Of("vn")));
        Assert.NotEqual(all, versions.Of(DataUse.All));
        Assert.Equal(caoBang, versions.Of(DataUse.Of("cao-bang")));
        Assert.Equal(0, versions.Of(DataUse.None));
    }

    [Fact]
    public void Reloading_equal_data_moves_no_unit()
    {
        var versions = new DataVersions();
        versions.Update(Data(10, 20));
        var laoCai = versions.Of(DataUse.Of("lao-cai"));
        versions.Update(Data(10, 20));
        Assert.Equal(laoCai, versions.Of(DataUse.Of("lao-cai")));
    }
}
