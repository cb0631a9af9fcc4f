namespace Bantin.Checks.Prose;

/// <summary>
/// A typed percentage ("đạt 75% chỉ tiêu", "đạt 97,29%") checked against the achievement or rate the data gives
/// for the figure just before it in the clause, or else for the indicator whose name the clause uses.
/// </summary>
public static class PercentRule
{
    public static void Check(ProseContext context)
    {
        foreach (var line in context.Lines)
        foreach (var figure in line.Figures.Where(f => f.IsTyped && f.IsPercent && f.Matches.Count == 0 && f.Bound != ProseBound.About))
        {
            if (InAName(context, line, figure)) continue;
            var candidates = Candidates(context, line, figure);
            if (candidates.Count == 0) continue;
            var decimals = PercentMatch.Decimals(figure.Text);
            if (candidates.Any(c => PercentMatch.Accepts(figure.Value, decimals, figure.Bound, c.Percent))) continue;
            var data = string.Join("; ", candidates.Select(c => $"{context.Percent(c.Percent)} ({c.What})").Distinct());
            context.Warn(line, figure.Index, context.Messages.ProsePercent(Quote(line, figure), data, candidates[0].Call));
        }
    }

    private static string Quote(ProseLine line, ProseFigure figure)
    {
        var bound = figure.Bound == ProseBound.Exact ? "" : line.Raw[..figure.Index].TrimEnd().Split(' ')[^1] + " ";
        return bound + figure.Text;
    }

    private static List<(decimal Percent, string What, string Call)> Candidates(ProseContext context, ProseLine line, ProseFigure figure)
    {
        var clause = line.ClauseAt(figure.Index);
        var before = line.FiguresIn(clause).LastOrDefault(f => f.End <= figure.Index);
        var found = new List<(decimal, string, string)>();
        if (before is { IsPercent: false })
        {
            if (before.IsTyped && before.Of is > 0 and var of)
                found.Add((before.Value / of * 100m, $"{before.Text} = {context.Percent(before.Value / of * 100m)}", before.Matches.Select(m => $"{{{{ percent \"{m.Indicator}\" }}}}").FirstOrDefault() ?? before.Text));
            foreach (var m in before.Matches)
                foreach (var (percent, call) in context.Data.Percents(m.Indicator, m.Unit == context.Data.Unit ? null : m.Unit,
                             PeriodPhrase.Same(m.Period, context.Data.Period) ? null : m.Period, before.Call?.SetBy))
                    found.Add((percent, m.Indicator, call));
            if (found.Count > 0) return found;
        }
        return ByName(context, line, clause, figure);
    }

    // The indicator whose name shares the most word pairs with the words around the percentage (at least two).
    private static List<(decimal, string, string)> ByName(ProseContext context, ProseLine line, (int Start, int End) clause, ProseFigure figure)
    {
        var figures = line.FiguresIn(clause).ToList();
        var from = figures.LastOrDefault(f => f.End <= figure.Index)?.End ?? clause.Start;
        var to = figures.FirstOrDefault(f => f.Index > figure.Index)?.Index ?? clause.End;
        var pairs = Words.Pairs(line.Text[from..to]);
        var scored = context.Data.Held
            .Select(h => (h.Indicator, Score: Words.Shared(pairs, h.Indicator.Name)))
            .Where(s => s.Score >= 2)
            .ToList();
        if (scored.Count == 0) return [];
        var best = scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= best - 1)
            .SelectMany(s => context.Data.Percents(s.Indicator.Id).Select(p => (p.Percent, s.Indicator.Id, p.Call)))
            .ToList();
    }

    // A percentage that is part of an indicator's own name ("02/13 chỉ tiêu đạt trên 50% kế hoạch" for the indicator
    // "Chỉ tiêu của năm đạt trên 50% kế hoạch") defines what is counted; it is no claim about the count.
    private static bool InAName(ProseContext context, ProseLine line, ProseFigure figure)
    {
        var quote = Quote(line, figure);
        var pairs = Words.Pairs(line.Text[line.ClauseAt(figure.Index).Start..line.ClauseAt(figure.Index).End]);
        return context.Data.Data.Indicators.Any(i => i.Name.Contains(quote, StringComparison.OrdinalIgnoreCase) && Words.Shared(pairs, i.Name) >= 2);
    }
}
