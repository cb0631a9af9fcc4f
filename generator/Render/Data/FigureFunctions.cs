using System.Text;
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
    private readonly List<(Scriban.Parsing.SourceSpan Span, Text Text)> _warnings = [];

    /// <summary>
    /// Calls answered with "—" instead of failing the build: a percentage without a target. A plan set late by one
    /// district must not stop the whole site from publishing (FORMATS.md: "never a crash").
    /// </summary>
    public IReadOnlyList<(Scriban.Parsing.SourceSpan Span, Text Text)> Warnings => _warnings;
    private readonly string _tokenStart;

    /// <param name="body">The body's source, which the placeholders must not occur in.</param>
    public FigureFunctions(DataViewFactory views, TemplateRunner runner, Messages messages, string? unit, string? period, string idPrefix, string body)
    {
        _tokenStart = TokenStartFor(body);
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
        var achievements = _views.Figures.Achievements(unitId, ind.Id, p);
        var achievement = achievements.FirstOrDefault(a => a.Ratio is not null && (set_by is null || a.Target.SetBy == set_by));
        if (achievement?.Ratio is { } ratio) return NumberFormatter.Percent(ratio, _views.Language);
        // A set_by no target of this figure has is a slip of the pen, not a late plan.
        if (set_by is not null && achievements.Count > 0 && achievements.All(a => a.Target.SetBy != set_by))
            throw Fail(context, _messages.FigureUnknownSetBy(set_by, Suggest.Nearest(set_by, achievements.Select(a => a.Target.SetBy ?? ""))));
        _warnings.Add((context.CurrentNode?.Span ?? default, _messages.FigureNoTarget(ind.Id, unitId, p.ToString())));
        return NumberFormatter.NotReported;
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

    /// <summary>
    /// Puts block HTML back where Markdown left the placeholders, lifting it out of any paragraph. One pass over the
    /// HTML: replacing each placeholder in turn went over the whole page once per table (8,000 tables took a minute).
    /// </summary>
    public string Restore(string html)
    {
        if (_blocks.Count == 0) return html;
        var sb = new StringBuilder(html.Length + _blocks.Sum(b => b.Length));
        var from = 0;
        for (var at = html.IndexOf(_tokenStart, StringComparison.Ordinal); at >= 0; at = html.IndexOf(_tokenStart, from, StringComparison.Ordinal))
        {
            if (!TryPlaceholder(html, at, out var index, out var end))
            {
                sb.Append(html, from, at + _tokenStart.Length - from);
                from = at + _tokenStart.Length;
                continue;
            }
            var alone = at - from >= 3 && html.AsSpan(at - 3, 3).SequenceEqual("<p>") && html.AsSpan(end).StartsWith("</p>");
            if (alone)
            {
                sb.Append(html, from, at - 3 - from).Append(_blocks[index]);
                from = end + 4;
            }
            else
            {
                sb.Append(html, from, at - from).Append("</p>\n").Append(_blocks[index]).Append("\n<p>");
                from = end;
            }
        }
        sb.Append(html, from, html.Length - from);
        return sb.ToString().Replace("<p></p>", "").Replace("<p>\n</p>", "");
    }

    /// <summary>
    /// The first paragraph's plain text without its placeholders: a table inside the opening paragraph is not part
    /// of the summary that lists, the feed and the description show.
    /// </summary>
    public string WithoutPlaceholders(string text)
    {
        if (_blocks.Count == 0 || !text.Contains(_tokenStart, StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length);
        var from = 0;
        for (var at = text.IndexOf(_tokenStart, StringComparison.Ordinal); at >= 0; at = text.IndexOf(_tokenStart, from, StringComparison.Ordinal))
        {
            if (!TryPlaceholder(text, at, out _, out var end))
            {
                sb.Append(text, from, at + _tokenStart.Length - from);
                from = at + _tokenStart.Length;
                continue;
            }
            sb.Append(text, from, at - from);
            from = end;
            // "Bảng: {{ table }} xong." reads "Bảng: xong.", with one space.
            if (sb.Length == 0 || char.IsWhiteSpace(sb[^1]))
                while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        }
        sb.Append(text, from, text.Length - from);
        return sb.ToString().Trim();
    }

    /// <summary>Whether the text at <paramref name="at"/> is one of this body's placeholders: which block, and where it ends.</summary>
    private bool TryPlaceholder(string text, int at, out int index, out int end)
    {
        index = -1;
        var digits = at + _tokenStart.Length;
        end = digits;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        var found = end > digits && text.AsSpan(end).StartsWith(TokenEnd) &&
            int.TryParse(text.AsSpan(digits, end - digits), out index) && index < _blocks.Count;
        end += TokenEnd.Length;
        return found;
    }

    private string Block(string html)
    {
        _blocks.Add(html.Trim());
        return $"{_tokenStart}{_blocks.Count - 1}{TokenEnd}";
    }

    /// <summary>
    /// The start of this body's placeholders: BANTINFIGURE, lengthened until the body's own text does not contain it,
    /// so an editor who types a placeholder gets that text back, not a table.
    /// </summary>
    private static string TokenStartFor(string body)
    {
        var start = TokenStart;
        while (body.Contains(start, StringComparison.Ordinal)) start += "X";
        return start;
    }

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
