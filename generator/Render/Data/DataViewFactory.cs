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

    public DataViewFactory(SiteConfig site, DataSet data, Figures figures)
    {
        _site = site;
        _data = data;
        _figures = figures;
        _lang = site.Language;
        Images = new LocalImages(site.Root);
        _charts = new Lazy<ChartViews>(() => new ChartViews(this));
    }

    private readonly Lazy<ChartViews> _charts;

    /// <summary>Image sizes, shared by body rendering and cards: both already receive this factory.</summary>
    public LocalImages Images { get; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Period>> _reporting = new(StringComparer.Ordinal);

    public DataSet Data => _data;

    /// <summary>Periods in which the unit or any unit below it reported: each gets a page, computed where needed.</summary>
    public IReadOnlyList<Period> ReportingPeriods(string unitId) => _reporting.GetOrAdd(unitId, id =>
        Subtree(id).SelectMany(_figures.Periods).Distinct().Order().ToList());

    public IReadOnlyList<string> Subtree(string unitId)
    {
        var all = new List<string> { unitId };
        for (var i = 0; i < all.Count; i++) all.AddRange(_data.Children(all[i]).Select(c => c.Id));
        return all;
    }
    /// <summary>The indicators a unit × period page lists: any the unit or a unit below it reported or was set for.</summary>
    public IReadOnlyList<string> PageIndicators(string unitId, Period period) => _figures.IndicatorIds(Subtree(unitId), period);

    public Language Language => _lang;
    public UiStrings Strings => UiStrings.For(_lang);
    public Figures Figures => _figures;

    public string UnitUrl(string unitId) => _site.Urls.ForUnit(unitId);

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

    public ResultsTableView Table(string unitId, Period period, IReadOnlyList<string>? indicatorIds = null)
    {
        var ids = indicatorIds ?? _figures.IndicatorIds(unitId, period);
        var rows = new List<ResultRowView>(ids.Count);
        foreach (var id in ids)
        {
            var indicator = _data.Indicator(id);
            if (indicator is null) continue;
            var figure = _figures.Get(unitId, id, period);
            var targets = _figures.Achievements(unitId, id, period).Select(a => new TargetView(
                ValueText: NumberFormatter.Format(a.Target.Value, _lang),
                SetBy: a.Target.SetBy is null ? null : UnitName(a.Target.SetBy),
                SetByUrl: a.Target.SetBy is null ? null : _site.Link(UnitUrl(a.Target.SetBy)),
                PeriodLabel: a.Target.Period.Label(_lang),
                AchievementText: a.Ratio is { } r && figure is not null ? NumberFormatter.Percent(r, _lang) : "—",
                Partial: a.PartialPeriod)).ToList();
            rows.Add(new ResultRowView(
                Indicator: indicator.Name,
                IndicatorUrl: _site.Link(IndicatorUrl(id)),
                Measure: indicator.Measure,
                ResultText: figure is null ? NotReported : ValueText(indicator, figure),
                RateText: figure is null ? null : RateText(figure),
                Computed: figure?.Computed ?? false,
                Reported: figure is not null,
                Targets: targets,
                Breakdown: figure?.By.Select(kv => new BreakdownView(kv.Key, NumberFormatter.Format(kv.Value, _lang))).ToList() ?? []));
        }
        var caption = $"{UnitName(unitId)} – {period.Label(_lang)}";
        var anyComputed = rows.Any(r => r.Computed);
        return new ResultsTableView(caption, rows, anyComputed, ResultsTableHtml.Write(caption, rows, anyComputed, Strings));
    }

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
