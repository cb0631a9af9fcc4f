using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Tests.Data;

/// <summary>Roll-ups over time and units, and achievement against targets (FORMATS.md, "Roll-ups", "data/targets").</summary>
public sealed class FiguresTests
{
    private static readonly Indicator[] Indicators =
    [
        new("dv", "Đoàn viên mới", "đoàn viên", IndicatorKind.Flow, null, default),
        new("tdv", "Tổng số đoàn viên", "người", IndicatorKind.Stock, "khoi", default),
        new("hn", "Hội nghị CBCCVC", "đơn vị", IndicatorKind.Ratio, null, default),
        new("kpcd", "Thu KPCĐ", "%", IndicatorKind.Rate, null, default),
    ];

    private static readonly Unit[] Units =
    [
        U("vn"), U("tinh", "vn"), U("huyen-a", "tinh"), U("huyen-b", "tinh"), U("huyen-c", "tinh"),
    ];

    private int _line;

    private static Unit U(string id, string? parent = null) => new(id, id, null, parent, default);

    private static Period P(string text) => Period.TryParse(text, out var p, out _) ? p : throw new ArgumentException(text);

    private Result R(string unit, string indicator, string period, decimal value, decimal? of = null, params (string Key, decimal Value)[] by) =>
        new(unit, indicator, P(period), new Amount(value, of, by.Select(b => KeyValuePair.Create(b.Key, b.Value)).ToList()),
            new SourceSpan("data/results/x.yaml", ++_line, 3));

    private static Target T(string unit, string indicator, string period, decimal value, string? setBy = null) =>
        new(unit, indicator, P(period), value, setBy, default);

    private static Figures Figures(IEnumerable<Result> results, IEnumerable<Target>? targets = null) =>
        new(new DataSet(Units, Indicators, results.ToList(), (targets ?? []).ToList()));

    private IEnumerable<Result> Months(string unit, string indicator, int year, int from, int to, Func<int, decimal> value)
    {
        for (var m = from; m <= to; m++)
            yield return R(unit, indicator, $"{year}-{m:D2}", value(m));
    }

    [Fact]
    public void A_value_given_directly_wins_over_a_computed_one()
    {
        var q1 = R("tinh", "dv", "2019-Q1", 70);
        var figures = Figures([.. Months("tinh", "dv", 2019, 1, 3, m => m * 10), q1, R("huyen-a", "dv", "2019-Q1", 5)]);

        var figure = figures.Get("tinh", "dv", P("2019-Q1"))!;
        Assert.Equal((70m, false), (figure.Value, figure.Computed));
        Assert.Equal([q1.Span], figure.Sources);
        // The same months written as a range ask for the same figure.
        Assert.Equal(70m, figures.Get("tinh", "dv", P("2019-01..2019-03"))!.Value);
    }

    [Fact]
    public void A_flow_sums_months_into_a_quarter_and_a_year_only_when_every_month_is_given()
    {
        var eleven = Months("tinh", "dv", 2019, 1, 11, m => m).ToList();
        var figures = Figures(eleven);

        var q1 = figures.Get("tinh", "dv", P("2019-Q1"))!;
        Assert.Equal((6m, true), (q1.Value, q1.Computed));
        Assert.Equal(eleven.Take(3).Select(r => r.Span), q1.Sources);
        Assert.Equal(21m, figures.Get("tinh", "dv", P("2019-H1"))!.Value);
        Assert.Null(figures.Get("tinh", "dv", P("2019")));
        Assert.Null(figures.Get("tinh", "dv", P("2019-Q4")));

        var complete = Figures([.. eleven, R("tinh", "dv", "2019-12", 12)]);
        Assert.Equal(78m, complete.Get("tinh", "dv", P("2019"))!.Value);
        Assert.Equal(78m, complete.Get("tinh", "dv", P("2019-01..2019-12"))!.Value);
    }

    [Fact]
    public void A_flow_over_time_prefers_the_largest_given_periods()
    {
        var q1 = R("tinh", "dv", "2019-Q1", 100);
        var figures = Figures([q1, .. Months("tinh", "dv", 2019, 1, 6, m => m)]);
        var h1 = figures.Get("tinh", "dv", P("2019-H1"))!;
        Assert.Equal(115m, h1.Value);
        Assert.Equal(4, h1.Sources.Count);
        Assert.Equal(q1.Span, h1.Sources[0]);
    }

    [Fact]
    public void A_stock_takes_the_latest_given_period()
    {
        var march = R("tinh", "tdv", "2019-03", 100);
        var june = R("tinh", "tdv", "2019-06", 120);
        var figures = Figures([march, june]);

        var year = figures.Get("tinh", "tdv", P("2019"))!;
        Assert.Equal((120m, true), (year.Value, year.Computed));
        Assert.Equal([june.Span], year.Sources);
        Assert.Equal(100m, figures.Get("tinh", "tdv", P("2019-Q1"))!.Value);
        Assert.Equal(120m, figures.Get("tinh", "tdv", P("2019-H1"))!.Value);
        Assert.Null(figures.Get("tinh", "tdv", P("2019-Q4")));
    }

    [Fact]
    public void A_ratio_sums_numerators_and_denominators()
    {
        var figures = Figures([R("tinh", "hn", "2019-01", 400, 412), R("tinh", "hn", "2019-02", 390, 400)]);
        var figure = figures.Get("tinh", "hn", P("2019-01..2019-02"))!;
        Assert.Equal((790m, (decimal?)812m), (figure.Value, figure.Of));
        Assert.Equal(790m / 812m, figure.Rate);
        Assert.StartsWith("0.97290640", figure.Rate!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_rate_does_not_roll_up_over_time_or_units()
    {
        var figures = Figures([.. Months("tinh", "kpcd", 2019, 1, 3, _ => 100), R("huyen-a", "kpcd", "2019", 95)]);
        Assert.Equal(100m, figures.Get("tinh", "kpcd", P("2019-01"))!.Value);
        Assert.Null(figures.Get("tinh", "kpcd", P("2019-Q1")));
        Assert.Null(figures.Get("tinh", "kpcd", P("2019")));
        Assert.Null(figures.Get("vn", "kpcd", P("2019")));
    }

    [Fact]
    public void Child_units_add_up_with_their_breakdowns()
    {
        var a = R("huyen-a", "tdv", "2021", 1738, null, ("khoi-hcsn", 1697), ("khoi-dn", 41));
        var b = R("huyen-b", "tdv", "2021", 100, null, ("khoi-dn", 60), ("khoi-hcsn", 40));
        var figures = Figures([a, b]);

        var tinh = figures.Get("tinh", "tdv", P("2021"))!;
        Assert.Equal((1838m, true), (tinh.Value, tinh.Computed));
        Assert.Equal([KeyValuePair.Create("khoi-hcsn", 1737m), KeyValuePair.Create("khoi-dn", 101m)], tinh.By);
        Assert.Equal([a.Span, b.Span], tinh.Sources);
        // Recursively up the tree.
        Assert.Equal(1838m, figures.Get("vn", "tdv", P("2021"))!.Value);
    }

    [Fact]
    public void A_breakdown_is_dropped_when_one_part_has_none()
    {
        var figures = Figures([R("huyen-a", "tdv", "2021", 1738, null, ("khoi-hcsn", 1697), ("khoi-dn", 41)), R("huyen-b", "tdv", "2021", 100)]);
        var tinh = figures.Get("tinh", "tdv", P("2021"))!;
        Assert.Equal(1838m, tinh.Value);
        Assert.Empty(tinh.By);
    }

    [Fact]
    public void Children_roll_up_over_time_first_and_a_parent_value_wins()
    {
        var figures = Figures([.. Months("huyen-a", "dv", 2019, 1, 3, m => m), R("huyen-b", "dv", "2019-Q1", 10)]);
        Assert.Equal(16m, figures.Get("tinh", "dv", P("2019-Q1"))!.Value);
        Assert.Equal(16m, figures.Get("vn", "dv", P("2019-Q1"))!.Value);

        var withTotal = Figures([.. Months("huyen-a", "dv", 2019, 1, 3, m => m), R("tinh", "dv", "2019-Q1", 50)]);
        var tinh = withTotal.Get("tinh", "dv", P("2019-Q1"))!;
        Assert.Equal((50m, false), (tinh.Value, tinh.Computed));
    }

    [Fact]
    public void A_ratio_adds_up_over_child_units()
    {
        var figures = Figures([R("huyen-a", "hn", "2019", 105, 105), R("huyen-b", "hn", "2019", 685, 707)]);
        var tinh = figures.Get("tinh", "hn", P("2019"))!;
        Assert.Equal((790m, (decimal?)812m), (tinh.Value, tinh.Of));
    }

    [Fact]
    public void Nothing_reported_is_null_never_zero()
    {
        var figures = Figures([R("huyen-a", "dv", "2019-04", 72)]);
        Assert.Null(figures.Get("huyen-b", "dv", P("2019-04")));
        Assert.Null(figures.Get("huyen-a", "dv", P("2019-05")));
        Assert.Null(figures.Get("huyen-a", "tdv", P("2019-04")));
        Assert.Null(figures.Get("khong-co", "dv", P("2019-04")));
        Assert.Null(figures.Get("huyen-a", "khong-co", P("2019-04")));
        Assert.Equal(72m, figures.Get("tinh", "dv", P("2019-04"))!.Value);
    }

    [Fact]
    public void A_zero_target_or_a_missing_figure_gives_no_ratio()
    {
        var figures = Figures([R("tinh", "dv", "2019", 5)], [T("tinh", "dv", "2019", 0), T("huyen-a", "dv", "2019", 10)]);
        var zero = Assert.Single(figures.Achievements("tinh", "dv", P("2019")));
        Assert.Null(zero.Ratio);
        Assert.False(zero.PartialPeriod);
        Assert.Null(Assert.Single(figures.Achievements("huyen-a", "dv", P("2019"))).Ratio);
        Assert.Empty(figures.Achievements("huyen-b", "dv", P("2019")));
    }

    [Fact]
    public void A_figure_for_part_of_the_target_period_is_compared_with_the_whole_target()
    {
        var figures = Figures([R("tinh", "dv", "2019-04", 72)], [T("tinh", "dv", "2019", 111), T("tinh", "dv", "2019-H2", 50)]);
        var april = Assert.Single(figures.Achievements("tinh", "dv", P("2019-04")));
        Assert.Equal(72m / 111m, april.Ratio);
        Assert.True(april.PartialPeriod);
        Assert.Equal("0,6486", april.Ratio!.Value.ToString("0.0000", new System.Globalization.CultureInfo("vi-VN")));

        var year = Assert.Single(figures.Achievements("tinh", "dv", P("2019")));
        Assert.Null(year.Ratio); // only April is known: no figure for the year
        Assert.False(year.PartialPeriod);
    }

    [Fact]
    public void Targets_from_two_issuers_are_each_compared_in_period_then_issuer_order()
    {
        var figures = Figures(
            [R("tinh", "dv", "2017-01..2017-05", 1128)],
            [T("tinh", "dv", "2017", 1500, "vn"), T("tinh", "dv", "2013..2018", 6000, "tinh"), T("tinh", "dv", "2017", 2700, "tinh")]);
        var achievements = figures.Achievements("tinh", "dv", P("2017-01..2017-05"));
        Assert.Equal([("tinh", 2700m), ("vn", 1500m), ("tinh", 6000m)], achievements.Select(a => (a.Target.SetBy, a.Target.Value)));
        Assert.Equal(1128m / 2700m, achievements[0].Ratio);
        Assert.Equal(0.752m, achievements[1].Ratio);
        Assert.Equal(0.188m, achievements[2].Ratio);
        Assert.All(achievements, a => Assert.True(a.PartialPeriod));
    }

    [Fact]
    public void A_ratio_indicator_compares_its_numerator_with_the_target()
    {
        var figures = Figures([R("tinh", "hn", "2019", 790, 812)], [T("tinh", "hn", "2019", 800)]);
        Assert.Equal(790m / 800m, Assert.Single(figures.Achievements("tinh", "hn", P("2019"))).Ratio);
    }

    [Fact]
    public void Reporting_periods_and_indicators_come_in_their_orders()
    {
        var figures = Figures(
            [R("tinh", "tdv", "2019-Q1", 1), R("tinh", "dv", "2019-04", 2), R("tinh", "dv", "2019-03", 3), R("tinh", "kpcd", "2019-04", 4), R("tinh", "dv", "2019-Q1", 5)],
            [T("tinh", "hn", "2019-04", 10), T("tinh", "dv", "2019", 100)]);
        Assert.Equal(["2019-03", "2019-Q1", "2019-04"], figures.Periods("tinh").Select(p => p.ToString()));
        Assert.Equal(["2019-03", "2019-Q1", "2019-04"], figures.Periods("tinh", "dv").Select(p => p.ToString()));
        Assert.Equal(["2019-Q1"], figures.Periods("tinh", "tdv").Select(p => p.ToString()));
        Assert.Empty(figures.Periods("vn"));
        Assert.Equal(["dv", "hn", "kpcd"], figures.IndicatorIds("tinh", P("2019-04")));
        Assert.Equal(["dv", "tdv"], figures.IndicatorIds("tinh", P("2019-01..2019-03")));
        Assert.Equal(["dv"], figures.IndicatorIds("tinh", P("2019")));
    }

    [Fact]
    public void Indicators_of_several_units_are_their_union_in_indicator_order_each_once()
    {
        var figures = Figures(
            [R("a", "kpcd", "2019-04", 1), R("b", "dv", "2019-04", 2), R("a", "dv", "2019-04", 3), R("b", "dv", "2019-05", 4)],
            [T("c", "hn", "2019-04", 10)]);
        Assert.Equal(["dv", "hn", "kpcd"], figures.IndicatorIds(["a", "b", "c"], P("2019-04")));
        Assert.Equal(["dv", "kpcd"], figures.IndicatorIds(["a", "b"], P("2019-04")));
        Assert.Equal(["dv"], figures.IndicatorIds(["a", "b"], P("2019-05")));
        Assert.Empty(figures.IndicatorIds(["a", "b", "c"], P("2019-06")));
        Assert.Empty(figures.IndicatorIds(["nobody"], P("2019-04")));
    }

    [Fact]
    public void A_parent_cycle_in_hand_built_data_does_not_hang()
    {
        var data = new DataSet([U("a", "b"), U("b", "a"), U("c", "a")], Indicators, [R("c", "dv", "2019", 3)], []);
        var figures = new Figures(data);
        Assert.Empty(data.Children("b"));
        Assert.Equal(3m, figures.Get("a", "dv", P("2019"))!.Value);
        Assert.Null(figures.Get("b", "dv", P("2019")));
        Assert.Equal(["a", "b"], data.Ancestors("c").Select(u => u.Id));
    }

    [Fact]
    public void Sixty_units_twenty_indicators_ten_years_of_months_roll_up_in_parallel_and_each_figure_is_worked_out_once()
    {
        // 1 federation, 5 provinces, 54 districts; every district reports every month of 2015..2024.
        var units = new List<Unit> { U("vn") };
        for (var p = 0; p < 5; p++) units.Add(U($"p{p}", "vn"));
        for (var d = 0; d < 54; d++) units.Add(U($"d{d}", $"p{d % 5}"));
        var indicators = Enumerable.Range(0, 20).Select(i => new Indicator($"i{i}", "x", "người", i % 2 == 0 ? IndicatorKind.Flow : IndicatorKind.Stock, null, default)).ToList();
        var results = new List<Result>();
        for (var d = 0; d < 54; d++)
            foreach (var ind in indicators)
                for (var y = 2015; y < 2025; y++)
                    for (var m = 1; m <= 12; m++)
                        results.Add(new Result($"d{d}", ind.Id, Period.Month(y, m), new Amount(m, null, []), default));

        var figures = new Figures(new DataSet(units, indicators, results, []));
        var years = Enumerable.Range(2015, 10).Select(Period.Year).ToList();
        var values = indicators.AsParallel().SelectMany(i => years.Select(y => (i.Kind, figures.Get("vn", i.Id, y)!.Value))).ToList();

        Assert.All(values, v => Assert.Equal(v.Kind == IndicatorKind.Flow ? 54 * 78m : 54 * 12m, v.Value));
        // Speed is the benchmark's to measure; what keeps it is that a roll-up is worked out once and then reused
        // (the same object), not summed again from 54 districts × 12 months for every page that shows it.
        Assert.Same(figures.Get("vn", "i0", Period.Year(2020)), figures.Get("vn", "i0", Period.Year(2020)));
        Assert.Same(figures.Get("p1", "i1", Period.Year(2016)), figures.Get("p1", "i1", Period.Year(2016)));
    }
}
