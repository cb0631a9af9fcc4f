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
    private readonly SubtreePeriods _subtreePeriods;

    public ChartViews(DataViewFactory views)
    {
        _views = views;
        _targets = views.Data.Targets.ToLookup(t => (t.UnitId, t.IndicatorId));
        _subtreePeriods = new SubtreePeriods(views);
    }

    /// <summary>The periods a unit or any unit below it gave the indicator for, in period order (<see cref="SubtreePeriods"/>).</summary>
    public IReadOnlyList<Period> SubtreePeriods(string unitId, string indicatorId) => _subtreePeriods.Of(unitId, indicatorId);

    private Language Lang => _views.Language;

    /// <summary>The units' values of the indicator over time: one line each (the first unit's targets drawn too).</summary>
    /// <param name="only">Periods of this kind only; by default the kind reported most often.</param>
    public ChartView? Over(string id, IReadOnlyList<string> unitIds, string indicatorId, PeriodKind? only = null, bool compact = false, string? title = null)
    {
        var indicator = _views.Data.Indicator(indicatorId);
        if (indicator is null || unitIds.Count == 0) return null;
        var shown = Shown(unitIds, indicatorId, only);
        if (shown.Count == 0) return null;
        // Each period's label once, shared by every series and the table (it was made again for each unit's point).
        var labels = new string[shown.Count];
        for (var i = 0; i < labels.Length; i++) labels[i] = shown[i].Label(Lang);
        var drawn = Math.Min(unitIds.Count, TimeChartSvg.MaxSeries);
        var series = new List<TimeSeries>(drawn);
        for (var u = 0; u < drawn; u++)
            if (Series(indicator, unitIds[u], shown, labels) is { } line) series.Add(line);
        if (series.Count == 0) return null;
        var targets = indicator.Kind == IndicatorKind.Ratio ? [] : Targets(series.Count == 1 ? unitIds[0] : null, indicator, shown);
        title ??= series.Count == 1 ? $"{indicator.Name} – {series[0].Name}" : indicator.Name;
        var chart = new TimeChart(id, title, Description(series), series, targets, Lang,
            Suffix: indicator.Kind is IndicatorKind.Ratio or IndicatorKind.Rate ? "%" : "",
            Compact: compact,
            TargetName: _views.Strings.Target);
        var svg = TimeChartSvg.Draw(chart);
        var view = series.Count == 1 ? new ChartView(id, title, svg, SingleRows(series[0])) : new ChartView(id, title, svg, Rows(series, labels), Names(series));
        return view with { Html = ChartHtml.Write(view, _views.Strings) };
    }

    /// <summary>The unit's points over the shown periods; null when it has a value in none of them.</summary>
    private TimeSeries? Series(Indicator indicator, string unitId, IReadOnlyList<Period> shown, string[] labels)
    {
        var points = new TimePoint[shown.Count];
        var any = false;
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = Point(indicator, unitId, shown[i], labels[i]);
            any |= points[i].Value is not null;
        }
        return any ? new TimeSeries(_views.UnitName(unitId), points) : null;
    }

    /// <summary>
    /// The periods charted: of the kind asked for, else of the kind the units and those below them gave most often
    /// (on a tie, the kind whose first period given has fewer months), in period order.
    /// </summary>
    private IReadOnlyList<Period> Shown(IReadOnlyList<string> unitIds, string indicatorId, PeriodKind? only)
    {
        var given = Given(unitIds, indicatorId);
        var kind = only ?? MostGiven(given, unitIds, indicatorId);
        if (kind is null) return [];
        var shown = new List<Period>(given.Count);
        foreach (var p in given) if (p.Kind == kind) shown.Add(p);
        return shown;
    }

    /// <summary>Every period the units or any unit below them gave a value for, distinct and in period order.</summary>
    private IReadOnlyList<Period> Given(IReadOnlyList<string> unitIds, string indicatorId)
    {
        if (unitIds.Count == 1) return _subtreePeriods.Of(unitIds[0], indicatorId);
        var all = new HashSet<Period>();
        foreach (var unit in unitIds) all.UnionWith(_subtreePeriods.Of(unit, indicatorId));
        var sorted = new Period[all.Count];
        all.CopyTo(sorted);
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The kind given most often; null when nothing was given.</summary>
    private PeriodKind? MostGiven(IReadOnlyList<Period> given, IReadOnlyList<string> unitIds, string indicatorId)
    {
        var counts = new int[(int)PeriodKind.YearRange + 1];
        foreach (var p in given) counts[(int)p.Kind]++;
        var (best, ties) = (-1, 0);
        for (var k = 0; k < counts.Length; k++)
        {
            if (counts[k] == 0) continue;
            if (best < 0 || counts[k] > counts[best]) (best, ties) = (k, 1);
            else if (counts[k] == counts[best]) ties++;
        }
        if (best < 0) return null;
        return ties == 1 ? (PeriodKind)best : TieBreak(counts, counts[best], unitIds, indicatorId);
    }

    /// <summary>
    /// Between kinds given equally often, the one whose first period has fewer months, then the one met first, where
    /// "first" is in the order the data gives them: unit by unit down each unit's tree, each unit's periods in order
    /// (rare, and the only place where that order matters, so it is walked only here).
    /// </summary>
    private PeriodKind TieBreak(int[] counts, int most, IReadOnlyList<string> unitIds, string indicatorId)
    {
        var seenUnits = new HashSet<string>(StringComparer.Ordinal);
        var seenKinds = new bool[counts.Length];
        var (best, fewest) = ((PeriodKind?)null, int.MaxValue);
        foreach (var root in unitIds)
            foreach (var unit in _views.Subtree(root))
            {
                if (!seenUnits.Add(unit)) continue;
                foreach (var p in _views.Figures.Periods(unit, indicatorId))
                {
                    var k = (int)p.Kind;
                    if (counts[k] != most || seenKinds[k]) continue;
                    seenKinds[k] = true;
                    if (p.MonthCount < fewest) (best, fewest) = (p.Kind, p.MonthCount);
                }
            }
        return best!.Value;
    }

    private static List<ChartRowView> SingleRows(TimeSeries series)
    {
        var rows = new List<ChartRowView>(series.Points.Count);
        foreach (var p in series.Points) rows.Add(new ChartRowView(p.PeriodText, p.MarkedText));
        return rows;
    }

    private static List<ChartRowView> Rows(List<TimeSeries> series, string[] labels)
    {
        var rows = new List<ChartRowView>(labels.Length);
        for (var i = 0; i < labels.Length; i++)
        {
            var values = new string[series.Count];
            for (var s = 0; s < values.Length; s++) values[s] = series[s].Points[i].MarkedText;
            rows.Add(new ChartRowView(labels[i], values[0], values));
        }
        return rows;
    }

    private static List<string> Names(List<TimeSeries> series)
    {
        var names = new List<string>(series.Count);
        foreach (var s in series) names.Add(s.Name);
        return names;
    }

    /// <summary>Units ranked by achievement of the indicator's target for a period (the latest complete year).</summary>
    public ChartView? Ranked(string id, string title, IReadOnlyList<RankedBar> bars, IReadOnlyList<ChartRowView> rows)
    {
        if (bars.Count < 2) return null;
        var view = new ChartView(id, title, RankedBarsSvg.Draw(id, title, string.Join("; ", rows.Select(r => $"{r.Label}: {r.ValueText}")), bars), rows);
        return view with { Html = ChartHtml.Write(view, _views.Strings) };
    }

    private TimePoint Point(Indicator indicator, string unitId, Period period, string label)
    {
        var figure = _views.Figures.Get(unitId, indicator.Id, period);
        var plotted = figure is null ? (decimal?)null : figure.Rate is { } rate ? rate * 100 : figure.Value;
        // A total from only some of the sub-units says so in the chart's table and description, as it does in tables;
        // the labels drawn on the chart stay short.
        return figure is null ? new TimePoint(period, label, plotted, _views.NotReported)
            : new TimePoint(period, label, plotted, _views.ValueText(indicator, figure), _views.ShareText(figure));
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
