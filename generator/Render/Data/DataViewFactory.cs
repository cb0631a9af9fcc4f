using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Render.Charts;
using Bantin.Render.Views;

namespace Bantin.Render.Data;

/// <summary>Figures, targets and achievements as the view records that results tables, charts and data pages draw.</summary>
public sealed class DataViewFactory
{
    public const int HeadlineCount = 6;

    private readonly SiteConfig _site;
    private readonly DataSet _data;
    private readonly Figures _figures;
    private readonly Language _lang;

    // Data pages mark provisional and corrected figures; articles print figures plain, as they stood (FORMATS.md).
    private readonly bool _marks;
    private readonly DataViewFactory _root;
    // The data as it stood before each correction date, made when an article first needs it (most need none).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, Lazy<DataViewFactory>> _before = new();
    private readonly Lazy<DataViewFactory> _plain;

    /// <param name="sameShape">
    /// The factory of the data before an edit of values only (every result still at its unit, indicator and period):
    /// which periods each unit has a page for and which indicators each page lists are the same, and its answers are
    /// shared rather than found again for every unit.
    /// </param>
    public DataViewFactory(SiteConfig site, DataSet data, Figures figures, DataViewFactory? sameShape = null) : this(site, data, figures, true, null)
    {
        if (sameShape is null) return;
        (_reporting, _pages, _pageIndicators, _subtrees) = (sameShape._reporting, sameShape._pages, sameShape._pageIndicators, sameShape._subtrees);
    }

    private DataViewFactory(SiteConfig site, DataSet data, Figures figures, bool marks, DataViewFactory? root)
    {
        _site = site;
        _data = data;
        _figures = figures;
        _lang = site.Language;
        _marks = marks;
        _root = root ?? this;
        Images = root?.Images ?? new LocalImages(site.Root);
        _plain = new Lazy<DataViewFactory>(() => _root == this && _marks ? new DataViewFactory(site, data, figures, false, this) : this);
        _charts = new Lazy<ChartViews>(() => new ChartViews(this));
    }

    /// <summary>
    /// What an article published on <paramref name="published"/> prints from: the figures as they stood that day (every
    /// correction dated after it undone), without the marks of data pages. Null (a page): the current figures.
    /// </summary>
    public DataViewFactory ForArticle(DateOnly? published)
    {
        var dates = _root._data.RevisionDates;
        if (published is not { } day || dates.Count == 0 || dates[^1] <= day) return _root._plain.Value;
        return Before(dates.First(d => d > day));
    }

    /// <summary>The figures as they stood before <paramref name="date"/>, a date on which something was corrected, unmarked.</summary>
    public DataViewFactory Before(DateOnly date) => _root._before.GetOrAdd(date, d => new Lazy<DataViewFactory>(() =>
    {
        var earlier = _root._data.Before(d);
        return new DataViewFactory(_site, earlier, new Figures(earlier), false, _root);
    })).Value;

    /// <summary>The factory of the current figures, unmarked: what an article published today would print.</summary>
    public DataViewFactory CurrentPlain => _root._plain.Value;

    /// <summary>The site's local day of a moment (an article's date).</summary>
    public DateOnly Day(DateTimeOffset moment) => Sources.Data.DataLoader.Today(_site.TimeZone, moment);

    /// <summary>Where a reader finds a unit's current figures for a period: its page for the period, else the unit's page.</summary>
    public string CurrentFigureUrl(string unitId, Period period) =>
        _site.Link(_root.HasPage(unitId, period) ? UnitPeriodUrl(unitId, period) : UnitUrl(unitId));

    private Dictionary<string, (Period Period, DateOnly Date)[]>? _corrections;

    /// <summary>
    /// When the figures of the unit's page for the period last changed after being published: the latest correction of a
    /// value given inside the period by the unit or a unit below it, at local midnight; null when none was corrected
    /// (the sitemap then gives no date, as before).
    /// </summary>
    public DateTimeOffset? CorrectedOn(string unitId, Period period)
    {
        var corrections = _root._corrections ??= _root._data.Results.Where(r => r.Revisions.Count > 0)
            .GroupBy(r => r.UnitId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => (r.Period, r.Revisions[^1].Date)).ToArray(), StringComparer.Ordinal);
        if (corrections.Count == 0) return null;
        DateOnly? latest = null;
        foreach (var unit in Subtree(unitId))
            foreach (var (given, date) in corrections.GetValueOrDefault(unit) ?? [])
                if (period.Contains(given) && (latest is null || date > latest)) latest = date;
        if (latest is not { } day) return null;
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, _site.TimeZone.GetUtcOffset(midnight));
    }

    /// <summary>Every date on which some figure was corrected, in date order.</summary>
    public IReadOnlyList<DateOnly> RevisionDates => _root._data.RevisionDates;

    public RevisionStrings Revisions => RevisionStrings.For(_lang);

    /// <summary>The mark a data page shows beside a figure: "sơ bộ", "đã điều chỉnh ngày 10/06/2019, trước đó: 72".</summary>
    public string? RevisionText(string unitId, Indicator indicator, Period period, Figure? figure)
    {
        if (!_marks || figure is null || (!figure.Provisional && figure.RevisedOn is null)) return null;
        string? earlier = null;
        if (figure.RevisedOn is { } day && Before(day).Figures.Get(unitId, indicator.Id, period) is { } before)
            earlier = ValueText(indicator, before);
        return Revisions.Mark(figure.Provisional, figure.RevisedOn, earlier);
    }

    private readonly Lazy<ChartViews> _charts;

    /// <summary>Image sizes, shared by body rendering and cards: both already receive this factory.</summary>
    public LocalImages Images { get; }

    private System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Period>> _reporting = new(StringComparer.Ordinal);

    public DataSet Data => _data;

    /// <summary>Periods in which the unit or any unit below it reported: each gets a page, computed where needed.</summary>
    public IReadOnlyList<Period> ReportingPeriods(string unitId) => _reporting.GetOrAdd(unitId, id =>
        Subtree(id).SelectMany(_figures.Periods).Distinct().Order().ToList());

    private System.Collections.Concurrent.ConcurrentDictionary<string, PageSet> _pages = new(StringComparer.Ordinal);
    // Asked by every unit × period page and its CSV (11,400 of them when every unit reports monthly for ten years).
    private System.Collections.Concurrent.ConcurrentDictionary<(string Unit, Period Period), IReadOnlyList<string>> _pageIndicators = new();
    private System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _subtrees = new(StringComparer.Ordinal);

    /// <summary>A unit's page periods in order, as a set, and those of them that are derived.</summary>
    private sealed record PageSet(IReadOnlyList<Period> All, HashSet<Period> AllSet, HashSet<Period> Derived);

    /// <summary>
    /// Every period the unit gets a page for: its reporting periods and the years, halves, quarters and year so far
    /// that they cover completely (<see cref="DerivedPeriods"/>), in period order.
    /// </summary>
    public IReadOnlyList<Period> PagePeriods(string unitId) => Pages(unitId).All;

    /// <summary>Whether the unit has a page for the period (reported or derived).</summary>
    public bool HasPage(string unitId, Period period) => Pages(unitId).AllSet.Contains(period);

    /// <summary>Whether the unit's page for the period was derived, not reported: its figures are all computed.</summary>
    public bool IsDerived(string unitId, Period period) => Pages(unitId).Derived.Contains(period);

    private PageSet Pages(string unitId) => _pages.GetOrAdd(unitId, id =>
    {
        var reported = ReportingPeriods(id);
        var series = Subtree(id).SelectMany(unit => _data.Indicators.Select(i => _figures.Periods(unit, i.Id)));
        var derived = DerivedPeriods.From(reported, series);
        var all = derived.Count == 0 ? reported : reported.Concat(derived).Order().ToList();
        return new PageSet(all, all.ToHashSet(), derived.ToHashSet());
    });

    /// <summary>The unit and every unit below it, the unit first, then level by level in data order.</summary>
    public IReadOnlyList<string> Subtree(string unitId) => _subtrees.GetOrAdd(unitId, id =>
    {
        var all = new List<string> { id };
        for (var i = 0; i < all.Count; i++) all.AddRange(_data.Children(all[i]).Select(c => c.Id));
        return all;
    });
    /// <summary>The indicators a unit × period page lists: any the unit or a unit below it reported or was set for.</summary>
    /// <remarks>A derived period has nothing given for exactly its months: it lists what was given inside it.</remarks>
    public IReadOnlyList<string> PageIndicators(string unitId, Period period) =>
        _pageIndicators.GetOrAdd((unitId, period), key => FindPageIndicators(key.Unit, key.Period));

    private IReadOnlyList<string> FindPageIndicators(string unitId, Period period)
    {
        var subtree = Subtree(unitId);
        return IsDerived(unitId, period) ? _figures.IndicatorIdsWithin(subtree, period) : _figures.IndicatorIds(subtree, period);
    }

    public Language Language => _lang;

    /// <summary>What prose prints where a figure call has nothing to print (site.yaml <c>figures: { missing: }</c>).</summary>
    public string MissingFigure => _site.MissingFigure;
    public UiStrings Strings => UiStrings.For(_lang);
    public Figures Figures => _figures;

    public string UnitUrl(string unitId) => _site.Urls.ForUnit(unitId);

    // Links and labels that every unit × period page prints again (each row's indicator, each target's issuer and
    // year), made once: as new strings per page they were a tenth of what the page's view allocated.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _unitLinks = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _indicatorLinks = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Period, string> _labels = new();

    /// <summary>The unit's page as a link (with the base path).</summary>
    public string UnitLink(string unitId) => _unitLinks.GetOrAdd(unitId, id => _site.Link(UnitUrl(id)));

    /// <summary>The indicator's page as a link (with the base path).</summary>
    public string IndicatorLink(string indicatorId) => _indicatorLinks.GetOrAdd(indicatorId, id => _site.Link(IndicatorUrl(id)));

    /// <summary>The period as the site's language writes it ("tháng 4/2019").</summary>
    public string Label(Period period) => _labels.GetOrAdd(period, p => p.Label(_lang));

    public string UnitPeriodUrl(string unitId, Period period) => _site.Urls.ForUnit(unitId) + period.Slug + "/";

    public string IndicatorUrl(string indicatorId) => _site.Urls.ForIndicator(indicatorId);

    public string NotReported => _lang == Language.En ? "not reported" : "chưa báo cáo";

    /// <summary>How a figure reads in prose and tables: "171.283", "790/812", "90,74".</summary>
    public string ValueText(Indicator indicator, Figure figure, int pad = 0) =>
        indicator.Kind == IndicatorKind.Ratio && figure.Of is { } of
            ? $"{Amount(figure.Value, pad)}/{Amount(of, pad)}"
            : indicator.Kind == IndicatorKind.Rate
                ? NumberFormatter.Format(figure.Value, _lang) + "%"
                : Amount(figure.Value, pad);

    // Only percentages stop at two decimals (FORMATS.md); an amount prints as exactly as the data holds it
    // ("283,753 triệu đồng"). Bulletins write small counts with a leading zero ("03 CĐCS"): pad: 2 does that.
    private string Amount(decimal value, int pad)
    {
        var text = NumberFormatter.Format(value, _lang, AmountDecimals);
        return pad > 0 && value >= 0 && decimal.Truncate(value) == value ? text.PadLeft(pad, '0') : text;
    }

    public const int AmountDecimals = 6;

    public string? RateText(Figure figure) => figure.Rate is { } rate ? NumberFormatter.Percent(rate, _lang) : null;

    public string UnitName(string? unitId) => unitId is null ? "" : _data.Unit(unitId)?.DisplayShort ?? unitId;

    /// <summary>
    /// The report table: target, this period, January to date, achievement of the year's target (cumulated), the same
    /// period last year and the change; each column only where some row has it. <paramref name="downloads"/> links the
    /// table's CSV and the unit's JSON series under it (pages have them; tables in prose do not).
    /// </summary>
    public ResultsTableView Table(string unitId, Period period, IReadOnlyList<string>? indicatorIds = null, bool downloads = false)
    {
        var ids = indicatorIds ?? _figures.IndicatorIds(unitId, period);
        var rows = new List<ResultRowView>(ids.Count);
        var toDate = period.YearToDate() is { } ytd && ytd.Start != period.Start ? ytd : null;
        var lastYear = period.YearEarlier();
        var (anyTarget, allYear) = (false, true);
        foreach (var id in ids)
        {
            var indicator = _data.Indicator(id);
            if (indicator is null) continue;
            var figure = _figures.Get(unitId, id, period);
            var share = ShareText(figure);
            var progress = _figures.Progress(unitId, id, period);
            anyTarget |= progress.Count > 0;
            List<TargetView>? targets = null;
            foreach (var p in progress)
            {
                allYear &= IsYear(p.Target.Period);
                (targets ??= new List<TargetView>(progress.Count)).Add(new TargetView(
                    ValueText: NumberFormatter.Format(p.Target.Value, _lang),
                    SetBy: p.Target.SetBy is null ? null : UnitName(p.Target.SetBy),
                    SetByUrl: p.Target.SetBy is null ? null : UnitLink(p.Target.SetBy),
                    PeriodLabel: Label(p.Target.Period),
                    AchievementText: ProgressText(indicator, p),
                    Partial: period.MonthCount < p.Target.Period.MonthCount));
            }
            var previous = lastYear is null ? null : _figures.Get(unitId, id, lastYear);
            rows.Add(new ResultRowView(
                Indicator: indicator.Name,
                IndicatorUrl: IndicatorLink(id),
                Measure: indicator.Measure,
                ResultText: figure is null ? NotReported : ValueText(indicator, figure),
                RateText: figure is null ? null : RateText(figure),
                Computed: figure?.Computed ?? false,
                Reported: figure is not null,
                Targets: (IReadOnlyList<TargetView>?)targets ?? [],
                Breakdown: figure is null || figure.By.Count == 0 ? [] : indicator.Parts.InOrder(figure.By).Select(kv => new BreakdownView(PartName(indicator, kv.Key), NumberFormatter.Format(kv.Value, _lang))).ToList())
            {
                ToDateText = toDate is null ? null : _figures.Get(unitId, id, toDate) is { } sum ? Marked(indicator, sum) : NumberFormatter.NotReported,
                LastYearText = lastYear is null ? null : previous is null ? NumberFormatter.NotReported : Marked(indicator, previous),
                ChangeText = ChangeText(indicator, figure, previous),
                ShareText = share,
                RevisionText = RevisionText(unitId, indicator, period, figure),
            });
        }
        var caption = $"{UnitName(unitId)} – {period.Label(_lang)}";
        var anyComputed = rows.Any(r => r.Computed);
        var csv = downloads ? _site.Link(CsvUrl(unitId, period)) : null;
        var json = downloads ? _site.Link(JsonUrl(unitId)) : null;
        var yearTargets = anyTarget && allYear;
        var (t, r) = (Strings, Report);
        return new ResultsTableView(caption, rows, anyComputed, sb => ResultsTableHtml.Write(sb, caption, rows, anyComputed, t, r, yearTargets, csv, json),
            ResultsTableHtml.Capacity(rows.Count)) { CsvUrl = csv, JsonUrl = json };
    }

    public ReportStrings Report => ReportStrings.For(_lang);

    /// <summary>Where a unit × period table's CSV is written: beside the page, <c>bang-so-lieu.csv</c>.</summary>
    public string CsvUrl(string unitId, Period period) => UnitPeriodUrl(unitId, period) + "bang-so-lieu.csv";

    /// <summary>Where a unit's series is written: beside its page, <c>so-lieu.json</c>.</summary>
    public string JsonUrl(string unitId) => UnitUrl(unitId) + "so-lieu.json";

    private static bool IsYear(Period p) => p.Start.Month == 1 && p.End.Month == 12 && p.Start.Year == p.End.Year;

    /// <summary>A figure with its roll-up mark when it is summed over only some of the child units.</summary>
    private string Marked(Indicator indicator, Figure figure) =>
        ShareText(figure) is { } share ? $"{ValueText(indicator, figure)} ({share})" : ValueText(indicator, figure);

    public string? ShareText(Figure? figure) => figure?.Share is { } s ? Report.Share(s.Reported, s.Expected) : null;

    /// <summary>
    /// The achievement against one target: the cumulated figure over the target ("65%"), with the roll-up mark when the
    /// figure misses some child units; for a rate, the distance in points ("cao hơn kế hoạch 2,5 điểm %").
    /// </summary>
    public string ProgressText(Indicator indicator, TargetProgress progress)
    {
        if (progress.Figure is not { } figure) return NumberFormatter.NotReported;
        string text;
        if (indicator.Kind == IndicatorKind.Rate)
        {
            var diff = figure.Value - progress.Target.Value;
            text = diff == 0 ? Percent(1) : $"{(diff > 0 ? Report.AboveTarget : Report.BelowTarget)} {NumberFormatter.Format(Math.Abs(diff), _lang)} {Report.Points}";
        }
        else if (progress.Ratio is { } ratio) text = Percent(ratio);
        else return NumberFormatter.NotReported;
        return ShareText(figure) is { } share ? $"{text} ({share})" : text;
    }

    private string Percent(decimal ratio) => NumberFormatter.Percent(ratio, _lang);

    /// <summary>
    /// Against the same period last year: a count or amount by the percent it grew ("tăng 12,5%"); a ratio or rate by
    /// the difference in points ("tăng 2,5 điểm %"), never as a percent of a percent. Null when either side is missing.
    /// </summary>
    public string? ChangeText(Indicator indicator, Figure? current, Figure? previous)
    {
        if (current is null || previous is null) return null;
        string text;
        if (indicator.Kind is IndicatorKind.Ratio or IndicatorKind.Rate)
        {
            decimal? now = indicator.Kind == IndicatorKind.Rate ? current.Value : current.Rate * 100;
            decimal? then = indicator.Kind == IndicatorKind.Rate ? previous.Value : previous.Rate * 100;
            if (now is not { } a || then is not { } b) return null;
            var diff = Math.Round(a - b, 2, MidpointRounding.AwayFromZero);
            text = diff == 0 ? Report.Same : $"{(diff > 0 ? Report.Up : Report.Down)} {NumberFormatter.Format(Math.Abs(diff), _lang)} {Report.Points}";
        }
        else
        {
            if (previous.Value <= 0 || !NumberFormatter.TryRatio(current.Value, previous.Value, out var ratio)) return null;
            var change = ratio - 1;
            text = change == 0 ? Report.Same : $"{(change > 0 ? Report.Up : Report.Down)} {Percent(Math.Abs(change))}";
        }
        return (current.Share ?? previous.Share) is not null ? $"{text} ({ShareText(current.Share is not null ? current : previous)})" : text;
    }

    /// <summary>A breakdown part's name as indicators.yaml declares it, or its key when none is declared.</summary>
    public static string PartName(Indicator indicator, string key) => indicator.PartName(key);

    /// <summary>The indicator over the periods the unit reported it for (optionally only periods of one kind).</summary>
    public ChartView? Chart(string id, string unitId, string indicatorId, PeriodKind? only = null) =>
        Charts.Over(id, [unitId], indicatorId, only);

    /// <summary>Time charts and ranked bars (<see cref="ChartViews"/>), made on first use.</summary>
    public ChartViews Charts => _charts.Value;

    public ChartView? Progress(string id, string unitId, string indicatorId, Period period, string? setBy)
    {
        var indicator = _data.Indicator(indicatorId);
        var figure = _figures.Get(unitId, indicatorId, period);
        var achievement = _figures.Achievements(unitId, indicatorId, period)
            .FirstOrDefault(a => a.Ratio is not null && (setBy is null || a.Target.SetBy == setBy));
        if (indicator is null || figure is null || achievement?.Ratio is not { } ratio) return null;
        var by = achievement.Target.SetBy is null ? "" : $" ({UnitName(achievement.Target.SetBy)})";
        var text = $"{NumberFormatter.Format(figure.Value, _lang)} / {NumberFormatter.Format(achievement.Target.Value, _lang)} {indicator.Measure}{by}: {NumberFormatter.Percent(ratio, _lang)}";
        var title = $"{indicator.Name} – {UnitName(unitId)} – {period.Label(_lang)}";
        var svg = SvgChart.Progress(id, title, text, figure.Value, achievement.Target.Value, text);
        return new ChartView(id, title, svg, [new ChartRowView(period.Label(_lang), text)]);
    }

    /// <summary>The newest figure of each indicator the unit (or its sub-units) reported, for home and unit pages.</summary>
    public IReadOnlyList<HeadlineView> Headlines(string unitId, int count = HeadlineCount)
    {
        var scope = Subtree(unitId);
        var headlines = new List<HeadlineView>();
        foreach (var indicator in _data.Indicators)
        {
            if (headlines.Count >= count) break;
            var periods = scope.SelectMany(u => _figures.Periods(u, indicator.Id)).Distinct().OrderDescending();
            foreach (var period in periods)
            {
                if (_figures.Get(unitId, indicator.Id, period) is not { } figure) continue;
                var achievement = _figures.Achievements(unitId, indicator.Id, period).FirstOrDefault(a => a.Ratio is not null);
                headlines.Add(new HeadlineView(
                    indicator.Name,
                    _site.Link(IndicatorUrl(indicator.Id)),
                    ValueText(indicator, figure) + (indicator.Kind == IndicatorKind.Rate ? "" : " " + indicator.Measure),
                    period.Label(_lang),
                    _site.Link(UnitPeriodUrl(unitId, period)),
                    achievement?.Ratio is { } r ? NumberFormatter.Percent(r, _lang) : RateText(figure),
                    figure.Computed));
                break;
            }
        }
        return headlines;
    }
}
