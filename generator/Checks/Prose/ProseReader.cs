using System.Globalization;
using System.Text.RegularExpressions;
using Bantin.Model;
using Bantin.Model.Data;

namespace Bantin.Checks.Prose;

/// <summary>Turns an article's title and body into <see cref="ProseLine"/>s: figures, period phrases and clauses.</summary>
public static partial class ProseReader
{
    public static IReadOnlyList<ProseLine> Read(Article article, ArticleData data)
    {
        var lines = new List<ProseLine>();
        var year = data.Period.End.Year;
        if (article.TitleSpan.Line > 0)
            lines.Add(Line(article.TitleSpan.Line, article.TitleSpan.Column, true, article.Title, data, year));
        var body = article.Body.Split('\n');
        var fenced = false;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i].TrimStart().StartsWith("```", StringComparison.Ordinal)) { fenced = !fenced; continue; }
            if (fenced || body[i].TrimStart().StartsWith('|')) continue;
            lines.Add(Line(article.BodyFirstLine + i, 1, false, body[i], data, year));
        }
        return lines;
    }

    private static ProseLine Line(int number, int column, bool title, string raw, ArticleData data, int year)
    {
        var figures = new List<ProseFigure>();
        var text = raw;
        foreach (Match m in FigureCall().Matches(raw))
        {
            text = ProseMask.Blank(text, m.Index, m.Length);
            if (Call(m, data) is { } figure) figures.Add(figure);
        }
        text = ProseMask.Apply(text);
        var periods = PeriodWords.Find(text, year);
        foreach (var p in periods) text = ProseMask.Blank(text, p.Index, p.Length);
        foreach (Match m in Number().Matches(text))
            if (Typed(m, text, data) is { } figure) figures.Add(figure);
        figures.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new ProseLine(number, column, title, raw, text, figures, periods, Clauses(text));
    }

    private static ProseFigure? Call(Match m, ArticleData data)
    {
        var function = m.Groups["f"].Value;
        if (function is not ("value" or "percent" or "progress")) return null;
        string? Arg(string name) => m.Groups["args"].Value is var args && Regex.Match(args, name + @"\s*:\s*""([^""]*)""") is { Success: true } a ? a.Groups[1].Value : null;
        var call = new FigureCallText(function, m.Groups["id"].Value, Arg("unit"), Arg("period"), Arg("set_by"), Arg("by"));
        Model.Periods.Period? period = null;
        if (call.Period is { } written && !Model.Periods.Period.TryParse(written, out period, out _)) return null;
        if (data.Get(call.Indicator, call.Unit, period) is not { } figure) return null;
        var value = call.By is { } key ? figure.By.FirstOrDefault(p => p.Key == key).Value : figure.Value;
        var match = new DataMatch(call.Indicator, call.Unit ?? data.Unit, period ?? data.Period, value, call.By is null ? figure.Of : null, call.By);
        return new ProseFigure(m.Index, m.Length, m.Value, value, match.Of, call.IsPercent, ProseBound.Exact, call, [match]);
    }

    private static ProseFigure? Typed(Match m, string text, ArticleData data)
    {
        if (Read(m.Groups["n"].Value) is not { } value) return null;
        decimal? of = m.Groups["of"].Success ? Read(m.Groups["of"].Value) : null;
        if (m.Groups["of"].Success && of is null) return null;
        var percent = m.Groups["pct"].Success;
        // A plain four-digit 19xx or 20xx is a year ("kỷ niệm 90 năm (1929 – 2019)"), not a count.
        if (!percent && of is null && m.Groups["n"].Value.Length == 4 && value is >= 1900 and <= 2100) return null;
        var matches = data.Matching(value, of, percent).ToList();
        if (!percent)
        {
            var clause = Clauses(text).First(c => c.Start <= m.Index && m.Index < c.End);
            var words = text[clause.Start..clause.End];
            var after = text[(m.Index + m.Length)..];
            matches = matches.Where(x => data.Data.Indicator(x.Indicator) is { } ind && Words.Names(ind, words, text[clause.Start..m.Index], after)).ToList();
        }
        return new ProseFigure(m.Index, m.Length, m.Value, value, of, percent, Bound(text[..m.Index]), null, matches);
    }

    private static ProseBound Bound(string before)
    {
        var words = Words.Of(before);
        var last = words.Count > 0 ? words[^1] : "";
        var two = words.Count > 1 ? words[^2] + " " + last : "";
        if (two is "chưa đến" or "chưa tới" or "ít hơn" || last == "dưới") return ProseBound.Below;
        if (two is "xấp xỉ" or "ước tính" || last is "khoảng" or "gần" or "chừng" or "độ") return ProseBound.About;
        if (two is "ít nhất" or "tối thiểu" || last is "trên" or "hơn" or "vượt") return ProseBound.Above;
        return ProseBound.Exact;
    }

    /// <summary>"1.738" → 1738, "90,74" → 90.74, "03" → 3, as a bulletin writes them.</summary>
    public static decimal? Read(string text) =>
        decimal.TryParse(text.Replace(".", "").Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static List<(int Start, int End)> Clauses(string text)
    {
        var clauses = new List<(int Start, int End)>();
        var (start, depth) = (0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0 && c is '.' or ';' or ':' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                clauses.Add((start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.Length) clauses.Add((start, text.Length));
        return clauses;
    }

    [GeneratedRegex(@"\{\{-?\s*(?<f>\w+)\s+""(?<id>[^""]*)""(?<args>.*?)-?\}\}")]
    private static partial Regex FigureCall();

    // A number token, not part of a word, a date (27/04/2019), a document number (04-NQ) or a decimal.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,/\-])(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:/(?<of>\d{1,3}(?:\.\d{3})+|\d+))?(?<pct>\s?%)?(?![\p{L}\p{N}/\-]|[.,]\d)")]
    private static partial Regex Number();
}
