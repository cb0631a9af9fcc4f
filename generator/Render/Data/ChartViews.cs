using Bantin.Compute.Data;
using Bantin.Formatting;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Render.Charts;

namespace Bantin.Render.Data;

/// <summary>
/// Charts of figures over time, for indicator pages, unit pages and <c>{{ chart }}</c>: one or several units' values
/// of one indicator, with the unit's targets where one applies, and the same numbers as a table.
/// </summary>
public sealed class ChartViews
{
    private const int ShortSeries = 16;
    private readonly DataViewFactory _views;
    private readonly ILookup<(string Unit, string Indicator), Target> _targets;

    public ChartViews(DataViewFactory views)
    {
        _views = views;
        _targets = views.Data.Targets.ToLookup(t => (t.UnitId, t.IndicatorId));
    }

    private Language Lang => _views.Language;

    /// <summary>The units' values of the indicator over time: one line each (the first unit's targets drawn too).</summary>
    /// <param name="only">Periods of this kind only; by default the kind reported most often.</param>
    public ChartView? Over(string id, IReadOnlyList<string> unitIds, string indicatorId, PeriodKind? only = null, bool compact = false, string? title = null)
    {
        var indicator = _views.Data.Indicator(indicatorId);
        if (indicator is null || unitIds.Count == 0) return null;
        var periods = unitIds.SelectMany(u => _views.Subtree(u)).Distinct()
            .SelectMany(u => _views.Figures.Periods(u, indicatorId)).Distinct().ToList();
        var kind = only ?? periods.GroupBy(p => p.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.First().MonthCount).Select(g => (PeriodKind?)g.Key).FirstOrDefault();
        var shown = periods.Where(p => p.Kind == kind).Order().ToList();
        if (shown.Count == 0) return null;
        var series = unitIds.Take(TimeChartSvg.MaxSeries).Select(u => new TimeSeries(_views.UnitName(u), shown.Select(p => Point(indicator, u, p)).ToList()))
            .Where(s => s.Points.Any(p => p.Value is not null)).ToList();
        if (series.Count == 0) return null;
        var targets = indicator.Kind == IndicatorKind.Ratio ? [] : Targets(series.Count == 1 ? unitIds[0] : null, indicator, shown);
        title ??= series.Count == 1 ? $"{indicator.Name} – {series[0].Name}" : indicator.Name;
        var chart = new TimeChart(id, title, Description(series), series, targets, Lang,
            Suffix: indicator.Kind is IndicatorKind.Ratio or IndicatorKind.Rate ? "%" : "",
            Compact: compact,
            TargetName: _views.Strings.Target);
        var svg = TimeChartSvg.Draw(chart);
        return series.Count == 1
            ? new ChartView(id, title, svg, series[0].Points.Select(p => new ChartRowView(p.PeriodText, p.MarkedText)).ToList())
            : new ChartView(id, title, svg,
                shown.Select((p, i) => new ChartRowView(p.Label(Lang), series[0].Points[i].MarkedText, series.Select(s => s.Points[i].MarkedText).ToList())).ToList(),
                series.Select(s => s.Name).ToList());
    }

    /// <summary>Units ranked by achievement of the indicator's target for a period (the latest complete year).</summary>
    public ChartView? Ranked(string id, string title, IReadOnlyList<RankedBar> bars, IReadOnlyList<ChartRowView> rows) =>
        bars.Count < 2 ? null : new ChartView(id, title, RankedBarsSvg.Draw(id, title, string.Join("; ", rows.Select(r => $"{r.Label}: {r.ValueText}")), bars), rows);

    private TimePoint Point(Indicator indicator, string unitId, Period period)
    {
        var figure = _views.Figures.Get(unitId, indicator.Id, period);
        var plotted = figure is null ? (decimal?)null : figure.Rate is { } rate ? rate * 100 : figure.Value;
        // A total from only some of the sub-units says so in the chart's table and description, as it does in tables;
        // the labels drawn on the chart stay short.
        return figure is null ? new TimePoint(period, period.Label(Lang), plotted, _views.NotReported)
            : new TimePoint(period, period.Label(Lang), plotted, _views.ValueText(indicator, figure), _views.ShareText(figure));
    }

    /// <summary>
    /// Targets that read against the plotted values: one set for exactly a plotted period, or, for a level (stock or
    /// rate), one set for a period containing it. A flow's year target is not drawn over its months.
    /// </summary>
    private IReadOnlyList<TargetMark> Targets(string? unitId, Indicator indicator, IReadOnlyList<Period> shown)
    {
        if (unitId is null) return [];
        var level = indicator.Kind is IndicatorKind.Stock or IndicatorKind.Rate;
        return _targets[(unitId, indicator.Id)]
            .Where(t => shown.Any(p => p.Start == t.Period.Start && p.End == t.Period.End || level && t.Period.Contains(p)))
            .Select(t => new TargetMark(t.Period, t.Value))
            .Distinct()
            .OrderBy(t => t.Period).ThenBy(t => t.Value)
            .ToList();
    }

    private string Description(IReadOnlyList<TimeSeries> series)
    {
        var points = series[0].Points;
        if (series.Count == 1 && points.Count <= ShortSeries) return string.Join("; ", points.Select(p => $"{p.PeriodText}: {p.MarkedText}"));
        var names = string.Join(", ", series.Select(s => s.Name));
        return Lang == Language.En
            ? $"{names}: {points.Count} periods, {points[0].PeriodText} to {points[^1].PeriodText}; the numbers are in the table below."
            : $"{names}: {points.Count} kỳ, từ {points[0].PeriodText} đến {points[^1].PeriodText}; số liệu ở bảng bên dưới.";
    }
}
