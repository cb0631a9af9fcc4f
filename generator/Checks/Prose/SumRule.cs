using System.Text.RegularExpressions;

namespace Bantin.Checks.Prose;

/// <summary>
/// Sums written in the text: "1.697 + 41 = 1.738" must add up, and parts listed in parentheses after a figure
/// ("790/812 … (10 đơn vị … và 10 đơn vị …)") must add up to that figure, its total or what is left of it.
/// </summary>
public static partial class SumRule
{
    public static void Check(ProseContext context)
    {
        foreach (var line in context.Lines.Where(l => !l.IsTitle))
        {
            Written(context, line);
            Parts(context, line);
        }
    }

    private static void Written(ProseContext context, ProseLine line)
    {
        foreach (Match m in Sum().Matches(line.Text))
        {
            var terms = Regex.Matches(m.Groups["terms"].Value, @"(?<op>[+−–-])?\s*(?<n>\d[\d.,]*)");
            var total = 0m;
            var ok = true;
            foreach (Match t in terms)
            {
                if (ProseReader.Read(t.Groups["n"].Value) is not { } n) { ok = false; break; }
                total += t.Groups["op"].Value is "" or "+" ? n : -n;
            }
            if (!ok || ProseReader.Read(m.Groups["r"].Value) is not { } result || result == total) continue;
            var lhs = m.Groups["terms"].Value.Trim();
            context.Warn(line, m.Index, context.Messages.ProseSum(m.Value, $"{lhs} = {context.Number(total)}, ≠ {m.Groups["r"].Value}"));
        }
    }

    private static void Parts(ProseContext context, ProseLine line)
    {
        foreach (Match m in Parenthesis().Matches(line.Text))
        {
            var inside = line.Figures.Where(f => f.Index > m.Index && f.End < m.Index + m.Length).ToList();
            if (inside.Count < 2 || inside.Any(f => f.IsPercent || f.Of is not null || f.Bound != ProseBound.Exact)) continue;
            if (inside.Any(f => f.IsTyped && !char.IsLetter(line.Text[f.End..].TrimStart().FirstOrDefault()))) continue;
            var clause = line.ClauseAt(m.Index);
            var before = line.FiguresIn(clause).Where(f => f.End <= m.Index).ToList();
            if (before.Count == 0) continue;
            var sum = inside.Sum(f => f.Value);
            if (before.SelectMany(Totals).Contains(sum)) continue;
            var parts = string.Join(" + ", inside.Select(f => context.Number(f.Value))) + " = " + context.Number(sum);
            var last = before[^1];
            var said = Words.Pairs(line.Text[m.Index..(m.Index + m.Length)]);
            var ratios = line.Figures.Where(f => f.Matches.FirstOrDefault()?.Indicator != last.Matches.FirstOrDefault()?.Indicator && f.Of is not null && f.Matches.Count > 0 && !f.IsPercent && context.Data.Data.Indicator(f.Matches[0].Indicator) is not null)
                .Select(f => (Figure: f, Score: Words.Shared(said, context.Data.Data.Indicator(f.Matches[0].Indicator)!.Name))).ToList();
            var best = ratios.Count == 0 ? 0 : ratios.Max(r => r.Score);
            // Only the ratios the parenthesis talks about (most shared words): the likely source of the parts.
            var others = ratios.Where(r => r.Score == best && best >= 2).Select(r => r.Figure)
                .Select(f => $"{context.Number(f.Of!.Value)} − {context.Number(f.Value)} = {context.Number(f.Of!.Value - f.Value)} ({f.Matches[0].Indicator})")
                .Distinct();
            var call = last.Matches.Count > 0 ? ProseContext.ValueCall(last.Matches[0], context.Data) : last.Text;
            context.Warn(line, m.Index, context.Messages.ProseParts(line.Raw.Substring(m.Index, m.Length), parts, Describe(context, last), string.Join("; ", others), call));
        }
    }

    // What parts after a figure may add up to: the figure, its total, or what is left of the total.
    private static IEnumerable<decimal> Totals(ProseFigure f)
    {
        yield return f.Value;
        if (f.Of is { } of) { yield return of; yield return of - f.Value; }
        foreach (var m in f.Matches)
            if (m.Of is { } o) { yield return m.Value; yield return o; yield return o - m.Value; }
    }

    private static string Describe(ProseContext context, ProseFigure f)
    {
        if (f.Matches.FirstOrDefault() is { Of: { } of } m)
            return $"{m.Indicator} {context.Number(m.Value)}/{context.Number(of)}, {context.Number(of)} − {context.Number(m.Value)} = {context.Number(of - m.Value)}";
        return f.IsTyped ? f.Text : $"{f.Matches.FirstOrDefault()?.Indicator} {context.Number(f.Value)}";
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<terms>\d[\d.,]*(?:\s*[+]\s*\d[\d.,]*|\s+[−–-]\s+\d[\d.,]*)+)\s*=\s*(?<r>\d[\d.,]*\d|\d)")]
    private static partial Regex Sum();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesis();
}
