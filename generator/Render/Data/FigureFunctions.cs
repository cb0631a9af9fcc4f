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
    // What an article published today would print: a figure that differs from it has been corrected since.
    private readonly DataViewFactory _current;
    private readonly DateOnly? _published;
    private readonly string _body;
    private readonly List<RevisedFigure> _revised = [];
    private readonly TemplateRunner _runner;
    private readonly Messages _messages;
    private readonly string? _unit;
    private readonly string? _period;
    private readonly string _idPrefix;
    private readonly List<string> _blocks = [];
    private readonly List<(Scriban.Parsing.SourceSpan Span, Text Text)> _warnings = [];
    private readonly HashSet<DataUse> _reads = [];

    /// <summary>
    /// Calls answered with "—" instead of failing the build: a percentage without a target. A plan set late by one
    /// district must not stop the whole site from publishing (FORMATS.md: "never a crash").
    /// </summary>
    public IReadOnlyList<(Scriban.Parsing.SourceSpan Span, Text Text)> Warnings => _warnings;
    private readonly string _tokenStart;

    /// <summary>
    /// The figures the calls so far asked for: a unit and the period asked of it (after <c>ytd</c> and <c>last_year</c>),
    /// or the whole unit for a chart over time. A preview renders the body again only when a data edit can reach one.
    /// </summary>
    public IReadOnlyCollection<DataUse> Reads => _reads;

    /// <summary>Figures printed as they stood on the publication date that the data has corrected since, in call order.</summary>
    public IReadOnlyList<RevisedFigure> Revised => _revised;

    /// <param name="views">The figures as they stood when the article was published (<see cref="DataViewFactory.ForArticle"/>).</param>
    /// <param name="body">The body's source, which the placeholders must not occur in.</param>
    /// <param name="published">The article's local date; null for a page, which prints the current figures.</param>
    public FigureFunctions(DataViewFactory views, TemplateRunner runner, Messages messages, string? unit, string? period, string idPrefix, string body,
        DateOnly? published = null)
    {
        _tokenStart = TokenStartFor(body);
        _views = views;
        _current = views.CurrentPlain;
        _published = published;
        _body = body;
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
        functions.Import("value", new Func<TemplateContext, string, string?, string?, int, string?, bool, bool, string>(ValueCall));
        functions.Import("percent", new Func<TemplateContext, string, string?, string?, string?, bool, bool, string>(PercentCall));
        functions.Import("target", new Func<TemplateContext, string, string?, string?, string?, string>(TargetCall));
        functions.Import("change", new Func<TemplateContext, string, string?, string?, bool, string>(ChangeCall));
        functions.Import("table", new Func<TemplateContext, ScriptArray?, string?, string?, string>(TableCall));
        functions.Import("chart", new Func<TemplateContext, string, string?, string?, string>(ChartCall));
        functions.Import("progress", new Func<TemplateContext, string, string?, string?, string?, string>(ProgressCall));
        return functions;
    }

    // Parameter names and defaults are what templates see: `{{ value "x" unit: "y" }}`.
    private static string ValueCall(TemplateContext context, string indicator, string? unit = null, string? period = null, int pad = 0, string? by = null,
        bool ytd = false, bool last_year = false) =>
        Of(context).Value(context, indicator, unit, period, pad, by, ytd, last_year);

    private static string PercentCall(TemplateContext context, string indicator, string? unit = null, string? period = null, string? set_by = null,
        bool ytd = false, bool last_year = false) =>
        Of(context).Percent(context, indicator, unit, period, set_by, ytd, last_year);

    private static string TargetCall(TemplateContext context, string indicator, string? unit = null, string? period = null, string? set_by = null) =>
        Of(context).Target(context, indicator, unit, period, set_by);

    private static string ChangeCall(TemplateContext context, string indicator, string? unit = null, string? period = null, bool ytd = false) =>
        Of(context).Change(context, indicator, unit, period, ytd);

    private static string TableCall(TemplateContext context, ScriptArray? indicators = null, string? unit = null, string? period = null) =>
        Of(context).Table(context, indicators, unit, period);

    private static string ChartCall(TemplateContext context, string indicator, string? unit = null, string? by = null) =>
        Of(context).Chart(context, indicator, unit, by);

    private static string ProgressCall(TemplateContext context, string indicator, string? unit = null, string? period = null, string? set_by = null) =>
        Of(context).Progress(context, indicator, unit, period, set_by);

    private static FigureFunctions Of(TemplateContext context) =>
        (context as ViewContext)?.Figures ?? throw new InvalidOperationException("Figure functions run only in an article body's context.");

    /// <summary>The figure as prose prints it: <c>{{ value "doan-vien-moi" }}</c> → 72; a ratio → 790/812.</summary>
    public string Value(TemplateContext context, string indicator, string? unit = null, string? period = null, int pad = 0, string? by = null,
        bool ytd = false, bool lastYear = false)
    {
        var (ind, unitId, p) = Resolve(context, indicator, unit, period);
        return Printed(context, ind.Name, unitId, p, v => ValueOn(v, context, ind, unitId, p, pad, by, ytd, lastYear));
    }

    private string ValueOn(DataViewFactory v, TemplateContext context, Indicator ind, string unitId, Period p, int pad, string? by, bool ytd, bool lastYear)
    {
        p = Form(context, p, ytd, lastYear);
        _reads.Add(DataUse.Months(unitId, p));
        var figure = v.Figures.Get(unitId, ind.Id, p)
            ?? throw Fail(context, _messages.FigureNotReported(ind.Id, unitId, p.ToString()));
        var share = Share(v, context, ind, unitId, p, figure);
        if (by is not null)
        {
            // One part of a breakdown: "khối hành chính sự nghiệp 1.697 đoàn viên".
            var part = figure.By.FirstOrDefault(kv => kv.Key == by);
            if (part.Key is null)
                throw Fail(context, _messages.FigureUnknownPart(by, ind.Id, Suggest.Nearest(by, figure.By.Select(kv => kv.Key))));
            figure = figure with { Value = part.Value, Of = null, By = [] };
        }
        var text = v.ValueText(ind, figure, Math.Clamp(pad, 0, 9));
        return share is null ? text : $"{text} ({share})";
    }

    /// <summary>
    /// The period a call's options ask for: <c>last_year: true</c> the same period a year earlier, <c>ytd: true</c>
    /// January to the period's end (both: last year's year to date, what "so với cùng kỳ" compares with).
    /// </summary>
    private Period Form(TemplateContext context, Period period, bool ytd, bool lastYear)
    {
        if (lastYear) period = period.YearEarlier() ?? throw Fail(context, _messages.FigureNotReported("", "", period.ToString()));
        if (ytd) period = period.YearToDate() ?? throw Fail(context, _messages.FigureNoYearToDate(period.ToString()));
        return period;
    }

    /// <summary>"tổng hợp từ 2/3 đơn vị" for a figure summed over only some child units, with a warning at the call.</summary>
    private string? Share(DataViewFactory v, TemplateContext context, Indicator indicator, string unitId, Period period, Figure figure)
    {
        if (figure.Share is not { } share) return null;
        _warnings.Add((context.CurrentNode?.Span ?? default, _messages.FigurePartialRollUp(indicator.Id, unitId, period.ToString(), share.Reported, share.Expected)));
        return v.ShareText(figure);
    }

    /// <summary>The target: <c>{{ target "doan-vien-moi" }}</c> → 1.500; the placeholder and a warning when none is set.</summary>
    public string Target(TemplateContext context, string indicator, string? unit = null, string? period = null, string? set_by = null)
    {
        var (ind, unitId, p) = Resolve(context, indicator, unit, period);
        _reads.Add(DataUse.Months(unitId, p));
        var progress = _views.Figures.Progress(unitId, ind.Id, p);
        if (progress.FirstOrDefault(t => set_by is null || t.Target.SetBy == set_by) is { } found)
            return NumberFormatter.Format(found.Target.Value, _views.Language);
        if (set_by is not null && progress.Count > 0)
            throw Fail(context, _messages.FigureUnknownSetBy(set_by, Suggest.Nearest(set_by, progress.Select(t => t.Target.SetBy ?? ""))));
        return Missing(context, _messages.FigureMissingTarget(ind.Id, unitId, p.ToString(), _views.MissingFigure));
    }

    /// <summary>
    /// What a call prints from the figures as they stood on the publication date; when the current figures print
    /// something else, the call is remembered for the note under the article and for <c>check</c>.
    /// </summary>
    private string Printed(TemplateContext context, string? label, string unitId, Period period, Func<DataViewFactory, string> print)
    {
        var text = print(_views);
        if (ReferenceEquals(_views, _current) || _published is not { } published) return text;
        var now = Quietly(print, _current);
        if (now == text) return text;
        // The latest correction after which the call prints what it prints today.
        var date = _views.RevisionDates.Where(d => d > published).OrderDescending().FirstOrDefault(d => Quietly(print, _views.Before(d)) != now);
        var span = context.CurrentNode?.Span ?? default;
        _revised.Add(new RevisedFigure(span, CallText(span), label, text, now, unitId, period, date));
        return text;
    }

    // Another reading of a call: its warnings were said by the first, and a figure missing now prints as missing.
    private string Quietly(Func<DataViewFactory, string> print, DataViewFactory views)
    {
        var (warnings, blocks) = (_warnings.Count, _blocks.Count);
        try
        {
            return print(views);
        }
        catch (FigureError)
        {
            return views.MissingFigure;
        }
        finally
        {
            _warnings.RemoveRange(warnings, _warnings.Count - warnings);
            _blocks.RemoveRange(blocks, _blocks.Count - blocks);
        }
    }

    private string CallText(Scriban.Parsing.SourceSpan span)
    {
        var (start, end) = (span.Start.Offset, span.End.Offset);
        return start >= 0 && end >= start && end < _body.Length ? "{{ " + _body[start..(end + 1)].Trim() + " }}" : "{{ … }}";
    }

    /// <summary>
    /// Against the same period last year: "tăng 12,5%", for a ratio or rate "tăng 2,5 điểm %"; <c>ytd: true</c> compares
    /// the years to date. The placeholder and a warning when either figure is missing.
    /// </summary>
    public string Change(TemplateContext context, string indicator, string? unit = null, string? period = null, bool ytd = false)
    {
        var (ind, unitId, p) = Resolve(context, indicator, unit, period);
        return Printed(context, ind.Name, unitId, p, v => ChangeOn(v, context, ind, unitId, p, ytd));
    }

    private string ChangeOn(DataViewFactory v, TemplateContext context, Indicator ind, string unitId, Period p, bool ytd)
    {
        p = Form(context, p, ytd, false);
        _reads.Add(DataUse.Months(unitId, p));
        var current = v.Figures.Get(unitId, ind.Id, p);
        var earlier = p.YearEarlier();
        if (earlier is not null) _reads.Add(DataUse.Months(unitId, earlier));
        var previous = earlier is null ? null : v.Figures.Get(unitId, ind.Id, earlier);
        if (current is not null) Share(v, context, ind, unitId, p, current);
        return v.ChangeText(ind, current, previous)
            ?? Missing(context, _messages.FigureNoComparison(ind.Id, unitId, p.ToString(), v.MissingFigure));
    }

    private string Missing(TemplateContext context, Text warning)
    {
        _warnings.Add((context.CurrentNode?.Span ?? default, warning));
        return _views.MissingFigure;
    }

    /// <summary>A ratio's rate (790/812 → 97,29%), a rate's value, or the achievement against the target.</summary>
    public string Percent(TemplateContext context, string indicator, string? unit = null, string? period = null, string? set_by = null,
        bool ytd = false, bool lastYear = false)
    {
        var (ind, unitId, p) = Resolve(context, indicator, unit, period);
        return Printed(context, ind.Name, unitId, p, v => PercentOn(v, context, ind, unitId, p, set_by, ytd, lastYear));
    }

    private string PercentOn(DataViewFactory v, TemplateContext context, Indicator ind, string unitId, Period p, string? set_by, bool ytd, bool lastYear)
    {
        p = Form(context, p, ytd, lastYear);
        _reads.Add(DataUse.Months(unitId, p));
        var figure = v.Figures.Get(unitId, ind.Id, p)
            ?? throw Fail(context, _messages.FigureNotReported(ind.Id, unitId, p.ToString()));
        if (ind.Kind == IndicatorKind.Rate) return v.ValueText(ind, figure);
        if (ind.Kind == IndicatorKind.Ratio && set_by is null && figure.Rate is { } rate) return NumberFormatter.Percent(rate, v.Language);
        var achievements = v.Figures.Achievements(unitId, ind.Id, p);
        var achievement = achievements.FirstOrDefault(a => a.Ratio is not null && (set_by is null || a.Target.SetBy == set_by));
        if (achievement?.Ratio is { } ratio)
        {
            // A total from some of the child units is no achievement of the whole target without saying so.
            var share = Share(v, context, ind, unitId, p, figure);
            var text = NumberFormatter.Percent(ratio, v.Language);
            return share is null ? text : $"{text} ({share})";
        }
        // A set_by no target of this figure has is a slip of the pen, not a late plan.
        if (set_by is not null && achievements.Count > 0 && achievements.All(a => a.Target.SetBy != set_by))
            throw Fail(context, _messages.FigureUnknownSetBy(set_by, Suggest.Nearest(set_by, achievements.Select(a => a.Target.SetBy ?? ""))));
        return Missing(context, _messages.FigureMissingTarget(ind.Id, unitId, p.ToString(), v.MissingFigure));
    }

    public string Table(TemplateContext context, ScriptArray? indicators = null, string? unit = null, string? period = null)
    {
        var unitId = ResolveUnit(context, unit);
        var p = ResolvePeriod(context, period);
        // A table also shows January to date, last year and the progress since each target's start.
        _reads.Add(DataUse.Of(unitId, p));
        IReadOnlyList<string>? ids = null;
        if (indicators is not null)
            ids = indicators.Select(i => ResolveIndicator(context, i?.ToString() ?? "").Id).ToList();
        return Block(Printed(context, null, unitId, p,
            v => _runner.Render("partials/results-table.html", new ScriptObject { { "table", v.Table(unitId, p, ids) }, { "t", v.Strings } })));
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
        _reads.Add(DataUse.Of(unitId));
        var id = $"{_idPrefix}-{_blocks.Count + 1}";
        // A chart over time links to the unit's page: the period it is about is the article's, when it has one.
        var about = _period is not null && Period.TryParse(_period, out var own, out _) ? own : null;
        string Draw(DataViewFactory v) =>
            _runner.Render("partials/chart.html", new ScriptObject
            {
                { "chart", v.Chart(id, unitId, ind.Id, kind) ?? throw Fail(context, _messages.FigureNotReported(ind.Id, unitId, by ?? "*")) },
                { "t", v.Strings },
            });
        return Block(about is { } p ? Printed(context, ind.Name, unitId, p, Draw) : Draw(_views));
    }

    public string Progress(TemplateContext context, string indicator, string? unit = null, string? period = null, string? set_by = null)
    {
        var (ind, unitId, p) = Resolve(context, indicator, unit, period);
        _reads.Add(DataUse.Months(unitId, p));
        var id = $"{_idPrefix}-{_blocks.Count + 1}";
        if (_views.Figures.Get(unitId, ind.Id, p) is null) throw Fail(context, _messages.FigureNotReported(ind.Id, unitId, p.ToString()));
        if (_views.Progress(id, unitId, ind.Id, p, set_by) is null)
        {
            // As for percent: a set_by no target has is a slip of the pen; no target or a zero one is a late plan, which
            // must not stop the site (the placeholder, and a warning at the call).
            var achievements = _views.Figures.Achievements(unitId, ind.Id, p);
            if (set_by is not null && achievements.Count > 0 && achievements.All(a => a.Target.SetBy != set_by))
                throw Fail(context, _messages.FigureUnknownSetBy(set_by, Suggest.Nearest(set_by, achievements.Select(a => a.Target.SetBy ?? ""))));
            return Missing(context, _messages.FigureMissingTarget(ind.Id, unitId, p.ToString(), _views.MissingFigure));
        }
        return Block(Printed(context, ind.Name, unitId, p, v => v.Progress(id, unitId, ind.Id, p, set_by) is { } chart
            ? _runner.Render("partials/chart.html", new ScriptObject { { "chart", chart }, { "t", v.Strings } })
            : v.MissingFigure));
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
