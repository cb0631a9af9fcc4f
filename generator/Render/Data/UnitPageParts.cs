using System.Globalization;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Render.Charts;
using Bantin.Render.Views;

namespace Bantin.Render.Data;

/// <summary>
/// What a unit page shows beyond its latest table: a small trend chart per headline indicator, its periods as a
/// year × month grid, and its children ranked by how far they got towards the year's target.
/// </summary>
public sealed class UnitPageParts
{
    /// <summary>Ranked charts on one unit page; more would bury the page's other sections.</summary>
    public const int RankedIndicators = 3;

    private readonly SiteConfig _site;
    private readonly DataViewFactory _data;

    public UnitPageParts(SiteConfig site, DataViewFactory data)
    {
        _site = site;
        _data = data;
    }

    private Language Lang => _data.Language;

    /// <summary>The first indicators (in indicators.yaml order) with figures for the unit in at least two periods, each
    /// over time: one figure is no trend, and the latest table already shows it.</summary>
    public IReadOnlyList<ChartView> Trends(Unit unit) =>
        _data.Data.Indicators
            .Select(i => _data.Charts.Over("trend-" + Slug.From(i.Id), [unit.Id], i.Id, compact: true, title: i.Name))
            .OfType<ChartView>()
            .Where(c => c.Rows.Count >= 2)
            .Take(DataViewFactory.HeadlineCount)
            .ToList();

    /// <summary>Every page of the unit, arranged by year (newest first) and month, the year's other pages beside it.</summary>
    public PeriodGridView? Grid(string unitId, IReadOnlyList<Period> periods)
    {
        if (periods.Count == 0) return null;
        // Looked up for every month of every year shown: a set, not a walk through ten years of periods each time.
        var pages = periods.ToHashSet();
        var rows = periods.Where(p => p.Start.Year == p.End.Year).GroupBy(p => p.Start.Year).OrderByDescending(g => g.Key)
            .Select(g => Row(unitId, g.Key, g.ToList(), pages)).ToList();
        var other = periods.Where(p => p.Start.Year != p.End.Year).Select(p => Link(unitId, p)).ToList();
        return new PeriodGridView(rows, other, periods.Any(p => p.IsMonth), rows.Any(r => r.Summaries.Count > 0));
    }

    private PeriodGridRow Row(string unitId, int year, List<Period> periods, HashSet<Period> pages)
    {
        var months = Enumerable.Range(1, 12).Select(m =>
        {
            var month = Period.Month(year, m);
            return new PeriodCellView(m.ToString(CultureInfo.InvariantCulture), month.Label(Lang),
                pages.Contains(month) ? _site.Link(_data.UnitPeriodUrl(unitId, month)) : null);
        }).ToList();
        var summaries = periods.Where(p => !p.IsMonth).OrderBy(p => Rank(p.Kind)).ThenBy(p => p.Start).ThenBy(p => p.End)
            .Select(p => Link(unitId, p)).ToList();
        return new PeriodGridRow(year.ToString(CultureInfo.InvariantCulture), months, summaries);
    }

    // Quarters, then halves, then "n tháng đầu năm", then the year: the order of a year's reports.
    private static int Rank(PeriodKind kind) => kind switch
    {
        PeriodKind.Quarter => 0,
        PeriodKind.Half => 1,
        PeriodKind.MonthRange => 2,
        _ => 3,
    };

    /// <summary>
    /// For the latest year the unit's reports cover to December, each indicator (up to <see cref="RankedIndicators"/>)
    /// for which at least two children have a target for that year: the children ranked by achievement.
    /// </summary>
    public ChildRankingView? Ranking(IReadOnlyList<Period> periods, IReadOnlyList<Unit> children)
    {
        if (periods.Count == 0 || children.Count < 2) return null;
        var end = periods.Max(p => p.End);
        var year = Period.Year(end.Month == 12 ? end.Year : end.Year - 1);
        var charts = new List<ChartView>();
        foreach (var indicator in _data.Data.Indicators)
        {
            if (charts.Count >= RankedIndicators) break;
            var ranked = new List<(RankedBar Bar, ChartRowView Row)>();
            foreach (var child in children)
            {
                var achievement = _data.Figures.Achievements(child.Id, indicator.Id, year)
                    .FirstOrDefault(a => a.Ratio is not null && a.Target.Period.Start == year.Start && a.Target.Period.End == year.End);
                if (achievement?.Ratio is not { } ratio || _data.Figures.Get(child.Id, indicator.Id, year) is not { } figure) continue;
                if (!ReportedThrough(child.Id, indicator.Id, year.End)) continue; // a stock would show an earlier month's level as the year's
                var percent = NumberFormatter.Percent(ratio, Lang);
                ranked.Add((new RankedBar(child.DisplayShort, ratio, percent), new ChartRowView(child.DisplayShort,
                    $"{percent} ({_data.ValueText(indicator, figure)} / {NumberFormatter.Format(achievement.Target.Value, Lang, DataViewFactory.AmountDecimals)})")));
            }
            ranked = ranked.OrderByDescending(r => r.Bar.Ratio).ThenBy(r => r.Bar.Name, StringComparer.Ordinal).ToList();
            var title = $"{indicator.Name} – {_data.Strings.Charts.PercentOfYearTarget} {year.Start.Year.ToString(CultureInfo.InvariantCulture)}";
            if (_data.Charts.Ranked("rank-" + Slug.From(indicator.Id), title, ranked.Select(r => r.Bar).ToList(), ranked.Select(r => r.Row).ToList()) is { } chart) charts.Add(chart);
        }
        return charts.Count == 0 ? null : new ChildRankingView(year.Label(Lang), charts);
    }

    private bool ReportedThrough(string unitId, string indicatorId, YearMonth end)
    {
        // In period order, which is by last month first: only the tail can end at or after `end`.
        var given = _data.Charts.SubtreePeriods(unitId, indicatorId);
        for (var i = given.Count - 1; i >= 0 && given[i].End.CompareTo(end) >= 0; i--)
            if (given[i].End == end) return true;
        return false;
    }

    private LinkView Link(string unitId, Period p) => new(p.Label(Lang), _site.Link(_data.UnitPeriodUrl(unitId, p)));
}
