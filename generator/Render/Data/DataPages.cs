using Bantin.Compute;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Render.Views;

namespace Bantin.Render.Data;

/// <summary>The pages of the data half: each unit, each reporting period of each unit, each indicator.</summary>
public sealed class DataPages
{
    private readonly SiteConfig _site;
    // Replaced between builds only, by a preview rebuild after an edit of data values (Refigure).
    private DataViewFactory _data;

    /// <summary>The figures and views these pages are drawn from.</summary>
    public DataViewFactory Data => _data;
    private readonly ViewFactory _views;
    private readonly UiStrings _t;
    private UnitPageParts _parts;
    private readonly Dictionary<string, List<Article>> _articlesByUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Unit, Period Period), List<Article>> _articlesByUnitPeriod = new();

    public DataPages(SiteConfig site, DataViewFactory data, ViewFactory views, SiteIndex index)
    {
        _site = site;
        _data = data;
        _views = views;
        _t = UiStrings.For(site.Language);
        _parts = new UnitPageParts(site, data);
        foreach (var article in index.Articles.Where(a => a.Unit is not null))
        {
            (_articlesByUnit.TryGetValue(article.Unit!, out var list) ? list : _articlesByUnit[article.Unit!] = []).Add(article);
            if (Period.TryParse(article.Period, out var period, out _))
            {
                var key = (article.Unit!, period);
                (_articlesByUnitPeriod.TryGetValue(key, out var same) ? same : _articlesByUnitPeriod[key] = []).Add(article);
            }
        }
    }

    /// <summary>
    /// A preview rebuild changed data values only (every result still at its unit, indicator and period): the same
    /// pages, for the same periods, draw from <paramref name="data"/>, the figures after the edit.
    /// </summary>
    /// <remarks>Not while pages are drawn: the preview calls it between builds.</remarks>
    public void Refigure(DataViewFactory data)
    {
        _data = data;
        _parts = new UnitPageParts(_site, data);
    }

    /// <summary>The periods the unit has a page for: reported, and derived from the reported ones (years, quarters, …).</summary>
    public IReadOnlyList<Period> Periods(string unitId) => _data.PagePeriods(unitId);

    /// <summary>The CSV and JSON files linked under the tables (<see cref="DataDownloads"/>), for the link check.</summary>
    public IEnumerable<string> DownloadPaths()
    {
        foreach (var unit in _data.Data.Units)
        {
            foreach (var period in Periods(unit.Id)) yield return _data.CsvUrl(unit.Id, period);
            if (_data.ReportingPeriods(unit.Id).Count > 0) yield return _data.JsonUrl(unit.Id);
        }
    }

    public IEnumerable<PageJob> Jobs()
    {
        foreach (var unit in _data.Data.Units)
        {
            var span = unit.Span;
            yield return new PageJob(_data.UnitUrl(unit.Id), "unit.html", () => Unit(unit), span, null,
                new PageInputs(_articlesByUnit.GetValueOrDefault(unit.Id) ?? [], DataUse.Of(unit.Id), ""));
            foreach (var period in Periods(unit.Id))
                yield return new PageJob(_data.UnitPeriodUrl(unit.Id, period), "unit-period.html", () => UnitPeriod(unit, period), span,
                    _data.CorrectedOn(unit.Id, period),
                    new PageInputs(_articlesByUnitPeriod.GetValueOrDefault((unit.Id, period)) ?? [], DataUse.Of(unit.Id, period), ""));
        }
        foreach (var indicator in _data.Data.Indicators)
            yield return new PageJob(_data.IndicatorUrl(indicator.Id), "indicator.html", () => Indicator(indicator), indicator.Span, null, PageInputs.AllData);
    }

    public IReadOnlyList<ArticleCardView> Articles(string unitId, Period? period = null)
    {
        var found = period is null ? _articlesByUnit.GetValueOrDefault(unitId) : _articlesByUnitPeriod.GetValueOrDefault((unitId, period));
        return found is null ? [] : found.Select(_views.Card).ToList();
    }

    public UnitView Unit(Unit unit)
    {
        var periods = Periods(unit.Id);
        var reported = _data.ReportingPeriods(unit.Id);
        var latest = reported.Count > 0 ? reported[^1] : null;
        var children = _data.Data.Children(unit.Id);
        return new UnitView(
            Kind: "unit",
            Title: unit.Name,
            Url: _site.Link(_data.UnitUrl(unit.Id)),
            Permalink: _site.Permalink(_data.UnitUrl(unit.Id)),
            Description: unit.Name,
            Breadcrumb: Trail(unit, current: true),
            Parent: unit.ParentId is { } parent ? new LinkView(_data.UnitName(parent), _site.Link(_data.UnitUrl(parent))) : null,
            Children: children.Select(c => new LinkView(c.Name, _site.Link(_data.UnitUrl(c.Id)))).ToList(),
            Latest: latest is null ? null : _data.Table(unit.Id, latest, Indicators(unit.Id, latest), downloads: true),
            LatestPeriod: latest is null ? null : new LinkView(latest.Label(_site.Language), _site.Link(_data.UnitPeriodUrl(unit.Id, latest))),
            Periods: periods.Reverse().Select(p => new LinkView(p.Label(_site.Language), _site.Link(_data.UnitPeriodUrl(unit.Id, p)))).ToList(),
            ChildFigures: latest is null ? null : ChildComparison(children, children.SelectMany(c => Periods(c.Id)).DefaultIfEmpty().Max()),
            Articles: Articles(unit.Id),
            Trends: _parts.Trends(unit),
            PeriodGrid: _parts.Grid(unit.Id, periods),
            ChildRanking: _parts.Ranking(periods, children));
    }

    public UnitPeriodView UnitPeriod(Unit unit, Period period)
    {
        var periods = Periods(unit.Id);
        var at = IndexOf(periods, period);
        var label = _data.Label(period);
        var title = $"{unit.Name} – {label}";
        var url = _data.UnitPeriodUrl(unit.Id, period);
        var link = _site.Link(url);
        var crumbs = Trail(unit, current: false);
        crumbs.Add(new LinkView(label, link, true));
        return new UnitPeriodView(
            Kind: "unit-period",
            Title: title,
            Url: link,
            Permalink: _site.Permalink(url),
            Description: title,
            Breadcrumb: crumbs,
            Table: _data.Table(unit.Id, period, Indicators(unit.Id, period), downloads: true),
            Articles: Articles(unit.Id, period),
            Previous: at > 0 ? Link(unit, periods[at - 1]) : null,
            Next: at >= 0 && at + 1 < periods.Count ? Link(unit, periods[at + 1]) : null,
            ChildFigures: ChildComparison(_data.Data.Children(unit.Id), period))
        {
            Note = _data.IsDerived(unit.Id, period) ? _data.Report.DerivedNote : null,
        };
    }

    public IndicatorView Indicator(Indicator indicator)
    {
        var rows = new List<IndicatorUnitRow>();
        string? chartUnit = null;
        var most = 0;
        foreach (var unit in _data.Data.Units)
        {
            // A unit with no value of its own still gets a row when units below it reported: the province's total
            // belongs beside its districts' figures.
            var given = _data.Charts.SubtreePeriods(unit.Id, indicator.Id);
            if (given.Count == 0) continue;
            var latest = given[^1];
            if (_data.Figures.Get(unit.Id, indicator.Id, latest) is not { } figure) continue;
            if (given.Count > most) (chartUnit, most) = (unit.Id, given.Count);
            var achievement = _data.Figures.Achievements(unit.Id, indicator.Id, latest).FirstOrDefault(a => a.Ratio is not null);
            rows.Add(new IndicatorUnitRow(
                unit.Name, _site.Link(_data.UnitUrl(unit.Id)),
                latest.Label(_site.Language), _site.Link(_data.UnitPeriodUrl(unit.Id, latest)),
                _data.ValueText(indicator, figure),
                achievement?.Ratio is { } r ? Formatting.NumberFormatter.Percent(r, _site.Language) : _data.RateText(figure),
                figure.Computed));
        }
        return new IndicatorView(
            Kind: "indicator",
            Title: indicator.Name,
            Url: _site.Link(_data.IndicatorUrl(indicator.Id)),
            Permalink: _site.Permalink(_data.IndicatorUrl(indicator.Id)),
            Description: indicator.Name,
            KindText: KindText(indicator.Kind),
            Measure: indicator.Measure,
            Chart: chartUnit is null ? null : _data.Chart("chart-" + Slug.From(indicator.Id), chartUnit, indicator.Id),
            Units: rows,
            Comparison: chartUnit is null ? null : Comparison(indicator, chartUnit),
            AnyComputed: rows.Any(r => r.Computed));
    }

    /// <summary>The charted unit's children on one chart (when at least two have figures), so a reader can compare them.</summary>
    private ChartView? Comparison(Indicator indicator, string unitId)
    {
        var children = _data.Data.Children(unitId)
            .Where(c => _data.Charts.SubtreePeriods(c.Id, indicator.Id).Count > 0)
            .Select(c => c.Id).ToList();
        if (children.Count < 2) return null;
        var title = $"{indicator.Name} – {_t.Charts.ChildrenCompared} {_data.UnitName(unitId)}";
        return _data.Charts.Over("chart-" + Slug.From(indicator.Id) + "-units", children, indicator.Id, title: title);
    }

    /// <summary>The children's figures for the period side by side (those with a page for it).</summary>
    private ChildComparisonView? ChildComparison(IReadOnlyList<Unit> children, Period? period)
    {
        if (period is null) return null;
        var reporting = children.Where(c => _data.HasPage(c.Id, period)).ToList();
        var ids = _data.Data.Indicators.Select(i => i.Id)
            .Where(id => reporting.Any(c => _data.Figures.Get(c.Id, id, period) is not null)).ToList();
        var rows = ids.Select(id =>
        {
            var indicator = _data.Data.Indicator(id)!;
            var values = reporting.Select(c => _data.Figures.Get(c.Id, id, period) is { } f ? _data.ValueText(indicator, f) : "—").ToList();
            return new ChildComparisonRow(indicator.Name, _data.IndicatorLink(id), values);
        }).ToList();
        var units = reporting.Select(c => new LinkView(c.DisplayShort, _site.Link(_data.UnitPeriodUrl(c.Id, period)))).ToList();
        return rows.Count == 0 ? null : new ChildComparisonView(period.Label(_site.Language), units, rows);
    }

    /// <summary>Indicators with figures or targets for the unit or any unit below it, in indicators.yaml order.</summary>
    private IReadOnlyList<string> Indicators(string unitId, Period period) => _data.PageIndicators(unitId, period);

    private List<LinkView> Trail(Unit unit, bool current)
    {
        var trail = _data.Data.Ancestors(unit.Id).Reverse().Select(a => new LinkView(a.DisplayShort, _data.UnitLink(a.Id))).ToList();
        trail.Add(new LinkView(unit.DisplayShort, _data.UnitLink(unit.Id), current));
        return trail;
    }

    private LinkView Link(Unit unit, Period period) => new(_data.Label(period), _site.Link(_data.UnitPeriodUrl(unit.Id, period)));

    private static int IndexOf(IReadOnlyList<Period> periods, Period period)
    {
        for (var i = 0; i < periods.Count; i++) if (periods[i] == period) return i;
        return -1;
    }

    private string KindText(IndicatorKind kind) => (kind, _site.Language) switch
    {
        (IndicatorKind.Flow, Language.En) => "flow: adds up over time",
        (IndicatorKind.Stock, Language.En) => "stock: the level at the end of a period",
        (IndicatorKind.Ratio, Language.En) => "ratio: a count out of a total",
        (IndicatorKind.Rate, Language.En) => "rate: a percentage as reported",
        (IndicatorKind.Flow, _) => "cộng dồn theo thời gian",
        (IndicatorKind.Stock, _) => "số tại thời điểm cuối kỳ",
        (IndicatorKind.Ratio, _) => "tỷ lệ trên tổng số",
        _ => "tỷ lệ phần trăm theo báo cáo",
    };
}
