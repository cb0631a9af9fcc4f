using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Tests.Incremental;

/// <summary>
/// After a data edit the preview's figures start from the last ones of every unit the edit did not reach: the roll-up
/// of the whole federation asks the untouched provinces for what they already worked out, and nothing else is reused.
/// </summary>
public sealed class FiguresReuseTests
{
    private static readonly SourceSpan Here = new("data/x.yaml", 1, 1);

    private static DataSet Data(decimal laoCai, decimal caoBang)
    {
        Unit[] units = [new("vn", "TLĐ", null, null, Here), new("lao-cai", "Lào Cai", null, "vn", Here), new("cao-bang", "Cao Bằng", null, "vn", Here)];
        // Each month of the first quarter: the quarter is worked out (and remembered), not given.
        IEnumerable<Result> Values(string unit, decimal january) => new[] { "2017-01", "2017-02", "2017-03" }.Select((month, i) =>
            new Result(unit, "dv", Period.TryParse(month, out var p, out _) ? p! : throw new InvalidOperationException(), new Amount(i == 0 ? january : 1, null, []), Here));
        return new DataSet(units, [new Indicator("dv", "Đoàn viên", "người", IndicatorKind.Flow, null, Here)],
            [.. Values("lao-cai", laoCai), .. Values("cao-bang", caoBang)], []);
    }

    private static Period Quarter => Period.TryParse("2017-Q1", out var q, out _) ? q! : throw new InvalidOperationException();

    [Fact]
    public void Figures_of_units_the_edit_did_not_reach_are_taken_over_and_the_others_worked_out_again()
    {
        var earlier = new Figures(Data(10, 20));
        var caoBang = earlier.Get("cao-bang", "dv", Quarter);
        Assert.Equal(34, earlier.Get("vn", "dv", Quarter)!.Value);

        var figures = new Figures(Data(11, 20), earlier, new HashSet<string>(["lao-cai", "vn"]));

        Assert.Same(caoBang, figures.Get("cao-bang", "dv", Quarter));
        Assert.Equal(13, figures.Get("lao-cai", "dv", Quarter)!.Value);
        Assert.Equal(35, figures.Get("vn", "dv", Quarter)!.Value);
    }

    [Fact]
    public void Nothing_is_taken_over_when_the_units_changed()
    {
        var earlier = new Figures(Data(10, 20));
        var caoBang = earlier.Get("cao-bang", "dv", Quarter);
        var data = Data(10, 20);
        var fewer = new DataSet(data.Units.Take(2).ToList(), data.Indicators, data.Results.Where(r => r.UnitId != "cao-bang").ToList(), []);

        var figures = new Figures(fewer, earlier, new HashSet<string>());

        Assert.Null(figures.Get("cao-bang", "dv", Quarter));
        Assert.Equal(12, figures.Get("vn", "dv", Quarter)!.Value);
        Assert.NotNull(caoBang);
    }

    [Theory]
    [InlineData(11, 20)] // a value of lao-cai
    [InlineData(10, 25)] // a value of cao-bang
    [InlineData(12, 27)] // both
    public void After_a_value_edit_the_taken_over_indexes_give_the_figures_a_fresh_index_gives(decimal laoCai, decimal caoBang)
    {
        var earlier = new Figures(WithDuplicate(Data(10, 20), 99));
        foreach (var unit in new[] { "vn", "lao-cai", "cao-bang" }) earlier.Get(unit, "dv", Quarter);
        var data = WithDuplicate(Data(laoCai, caoBang), 77);
        var changed = new HashSet<string>(new[] { ("lao-cai", laoCai != 10), ("cao-bang", caoBang != 20) }.Where(c => c.Item2).Select(c => c.Item1));
        var moved = new HashSet<string>(changed) { "vn" };

        var figures = Figures.AfterValueEdit(data, earlier, changed, moved);

        var fresh = new Figures(data);
        foreach (var unit in new[] { "vn", "lao-cai", "cao-bang" })
            foreach (var period in new[] { "2017-01", "2017-02", "2017-Q1", "2017-01..2017-02" })
            {
                var p = Period.TryParse(period, out var parsed, out _) ? parsed! : throw new InvalidOperationException();
                Assert.Equal(fresh.Get(unit, "dv", p)?.Value, figures.Get(unit, "dv", p)?.Value);
            }
    }

    // A second value for lao-cai's January after the first: the loader reports it, and the first one counts.
    private static DataSet WithDuplicate(DataSet data, decimal value) =>
        new(data.Units, data.Indicators, [.. data.Results, data.Results[0] with { Amount = new Amount(value, null, []) }], data.Targets);
}
