using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Sources;
using Scriban;
using Scriban.Runtime;

namespace Bantin.Render.Data;

/// <summary>
/// The functions an article body may call: <c>value</c>, <c>percent</c>, <c>table</c>, <c>chart</c>, <c>progress</c>.
/// They default to the article's <c>unit</c> and <c>period</c>; a bad call fails at its own line and column.
/// Block results (tables, charts) are left as placeholders and put back after Markdown, so the Markdown keeps
/// the source's line numbers and never wraps a table in a paragraph.
/// </summary>
public sealed class FigureFunctions
{
    private const string TokenStart = "BANTINFIGURE";
    private const string TokenEnd = "END";

    private readonly DataViewFactory _views;
    private readonly TemplateRunner _runner;
    private readonly Messages _messages;
    private readonly string? _unit;
    private readonly string? _period;
    private readonly string _idPrefix;
    private readonly List<string> _blocks = [];

    public FigureFunctions(DataViewFactory views, TemplateRunner runner, Messages messages, string? unit, string? period, string idPrefix)
    {
        _views = views;
        _runner = runner;
        _messages = messages;
        _unit = unit;
        _period = period;
        _idPrefix = idPrefix;
    }

    /// <summary>
    /// The five functions, made once per build and shared by every body: Scriban reads a function's parameters by
    /// reflection when it is imported, which per article was a third of the time spent on bodies. Each call finds the
    /// article's own <see cref="FigureFunctions"/> on its <see cref="ViewContext"/>.
    /// </summary>
    public static ScriptObject Shared()
    {
        var functions = new ScriptObject();
        functions.Import("value", new Func<TemplateContext, string, string?, string?, int, string?, string>(ValueCall));
        functions.Import("percent", new Func<TemplateContext, string, string?, string?, string?, string>(PercentCall));
        functions.Import("table", new Func<TemplateContext, ScriptArray?, string?, string?, string>(TableCall));
        functions.Import("chart", new Func<TemplateContext, string, string?, string?, string>(ChartCall));
        functions.Import("progress", new Func<TemplateContext, string, string?, string?, string?, string>(ProgressCall));
        return functions;
    }

    // Parameter names and defaults are what templates see: `{{ value "x" unit: "y" }}`.
    private static string ValueCall(TemplateContext context, string indicator, string? unit = null, string? period = null, int pad = 0, string? by = null) =>
        Of(context).Value(context, indicator, unit, period, pad, by);

    private static string PercentCall(TemplateContext context, string indicator, string? unit = null, string? period = null, string? set_by = null) =>
        Of(context).Percent(context, indicator, unit, period, set_by);

    private static string TableCall(TemplateContext context, ScriptArray? indicators = null, string? unit = null, string? period = null) =>
        Of(context).Table(context, indicators, unit, period);

    private static string ChartCall(TemplateContext context, string indicator, string? unit = null, string? by = null) =>
        Of(context).Chart(context, indicator, unit, by);

    private static string ProgressCall(TemplateContext context, string indicator, string? unit = null, string? period = null, string? set_by = null) =>
        Of(context).Progress(context, indicator, unit, period, set_by);

    private static FigureFunctions Of(TemplateContext context) =>
        (context as ViewContext)?.Figures ?? throw new InvalidOperationException("Figure functions run only in an article body's context.");

    /// <summary>The figure as prose prints it: <c>{{ value "doan-vien-moi" }}</c> → 72; a ratio → 790/812.</summary>
    public string Value(TemplateContext context, string indicator, string? unit = null, string? period = null, int pad = 0, string? by = null)
    {
        var (ind, unitId, p) = Resolve(context, indicator, unit, period);
        var figure = _views.Figures.Get(unitId, ind.Id, p)
            ?? throw Fail(context, _messages.FigureNotReported(ind.Id, unitId, p.ToString()));
        if (by is not null)
        {
            // One part of a breakdown: "khối hành chính sự nghiệp 1.697 đoàn viên".
            var part = figure.By.FirstOrDefault(kv => kv.Key == by);
            if (part.Key is null)
                throw Fail(context, _messages.FigureUnknownPart(by, ind.Id, Suggest.Nearest(by, figure.By.Select(kv => kv.Key))));
            figure = figure with { Value = part.Value, Of = null, By = [] };
        }
        return _views.ValueText(ind, figure, Math.Clamp(pad, 0, 9));
    }

    /// <summary>A ratio's rate (790/812 → 97,29%), a rate's value, or the achievement against the target.</summary>
    public string Percent(TemplateContext context, string indicator, string? unit = null, string? period = null, string? set_by = null)
    {
        var (ind, unitId, p) = Resolve(context, indicator, unit, period);
        var figure = _views.Figures.Get(unitId, ind.Id, p)
            ?? throw Fail(context, _messages.FigureNotReported(ind.Id, unitId, p.ToString()));
        if (ind.Kind == IndicatorKind.Rate) return _views.ValueText(ind, figure);
        if (ind.Kind == IndicatorKind.Ratio && set_by is null && figure.Rate is { } rate) return NumberFormatter.Percent(rate, _views.Language);
        var achievement = _views.Figures.Achievements(unitId, ind.Id, p)
            .FirstOrDefault(a => a.Ratio is not null && (set_by is null || a.Target.SetBy == set_by));
        return achievement?.Ratio is { } ratio
            ? NumberFormatter.Percent(ratio, _views.Language)
            : throw Fail(context, _messages.FigureNoTarget(ind.Id, unitId, p.ToString()));
    }

    public string Table(TemplateContext context, ScriptArray? indicators = null, string? unit = null, string? period = null)
    {
        var unitId = ResolveUnit(context, unit);
        var p = ResolvePeriod(context, period);
        IReadOnlyList<string>? ids = null;
        if (indicators is not null)
            ids = indicators.Select(i => ResolveIndicator(context, i?.ToString() ?? "").Id).ToList();
        var view = _views.Table(unitId, p, ids);
        return Block(_runner.Render("partials/results-table.html", new ScriptObject { { "table", view }, { "t", _views.Strings } }));
    }

    public string Chart(TemplateContext context, string indicator, string? unit = null, string? by = null)
    {
        var ind = ResolveIndicator(context, indicator);
        var unitId = ResolveUnit(context, unit);
        PeriodKind? kind = by switch
        {
            null => null,
            "month" => PeriodKind.Month,
            "quarter" => PeriodKind.Quarter,
            "half" => PeriodKind.Half,
            "year" => PeriodKind.Year,
            _ => throw Fail(context, _messages.FigureBadBy(by)),
        };
        var chart = _views.Chart($"{_idPrefix}-{_blocks.Count + 1}", unitId, ind.Id, kind)
            ?? throw Fail(context, _messages.FigureNotReported(ind.Id, unitId, by ?? "*"));
        return Block(_runner.Render("partials/chart.html", new ScriptObject { { "chart", chart }, { "t", _views.Strings } }));
    }

    public string Progress(TemplateContext context, string indicator, string? unit = null, string? period = null, string? set_by = null)
    {
        var (ind, unitId, p) = Resolve(context, indicator, unit, period);
        var chart = _views.Progress($"{_idPrefix}-{_blocks.Count + 1}", unitId, ind.Id, p, set_by)
            ?? throw Fail(context, _messages.FigureNoTarget(ind.Id, unitId, p.ToString()));
        return Block(_runner.Render("partials/chart.html", new ScriptObject { { "chart", chart }, { "t", _views.Strings } }));
    }

    /// <summary>Puts block HTML back where Markdown left the placeholders, lifting it out of any paragraph.</summary>
    public string Restore(string html)
    {
        for (var i = 0; i < _blocks.Count; i++)
        {
            var token = Token(i);
            html = html.Replace($"<p>{token}</p>", _blocks[i])
                .Replace(token, $"</p>\n{_blocks[i]}\n<p>");
        }
        return html.Replace("<p></p>", "").Replace("<p>\n</p>", "");
    }

    private string Block(string html)
    {
        _blocks.Add(html.Trim());
        return Token(_blocks.Count - 1);
    }

    private static string Token(int index) => $"{TokenStart}{index}{TokenEnd}";

    private (Indicator, string, Period) Resolve(TemplateContext context, string indicator, string? unit, string? period) =>
        (ResolveIndicator(context, indicator), ResolveUnit(context, unit), ResolvePeriod(context, period));

    private Indicator ResolveIndicator(TemplateContext context, string id) =>
        _views.Data.Indicator(id) ?? throw Fail(context, _messages.UnknownIndicator(id, Suggest.Nearest(id, _views.Data.Indicators.Select(i => i.Id))));

    private string ResolveUnit(TemplateContext context, string? unit)
    {
        var id = unit ?? _unit ?? throw Fail(context, _messages.FigureNeedsUnit());
        return _views.Data.Unit(id) is not null
            ? id
            : throw Fail(context, _messages.UnknownUnit(id, Suggest.Nearest(id, _views.Data.Units.Select(u => u.Id))));
    }

    private Period ResolvePeriod(TemplateContext context, string? period)
    {
        var text = period ?? _period ?? throw Fail(context, _messages.FigureNeedsPeriod());
        return Period.TryParse(text, out var p, out var error) ? p : throw Fail(context, _messages.BadPeriod(text, error, null));
    }

    private static FigureError Fail(TemplateContext context, Text text) => new(context.CurrentNode?.Span ?? default, text);
}
