using System.Text.RegularExpressions;
using Bantin.Model.Periods;

namespace Bantin.Checks.Prose;

/// <summary>
/// "tăng 13 so với năm trước", "giảm 5% so với cùng kỳ": the change written after a figure, checked against the
/// data's figure for the same months a year (or a month, a quarter, a period) earlier, when the data has it.
/// </summary>
public static partial class ChangeRule
{
    public static void Check(ProseContext context)
    {
        foreach (var line in context.Lines.Where(l => !l.IsTitle))
        foreach (Match m in Change().Matches(line.Text))
        {
            var said = line.Figures.FirstOrDefault(f => f.Index == m.Groups["n"].Index);
            if (said is null) continue;
            var clause = line.ClauseAt(m.Index);
            if (line.FiguresIn(clause).LastOrDefault(f => f.End <= m.Index && f.Matches.Count > 0 && !f.IsPercent) is not { } figure) continue;
            var match = figure.Matches[0];
            var back = Months(m.Groups["than"].Value, match.Period);
            var earlier = Period.MonthRange(YearMonth.FromIndex(match.Period.Start.Index - back), YearMonth.FromIndex(match.Period.End.Index - back));
            if (context.Data.Get(match.Indicator, match.Unit, earlier) is not { } before || match.By is not null) continue;
            var up = m.Groups["dir"].Value.Equals("tăng", StringComparison.OrdinalIgnoreCase);
            var change = up ? match.Value - before.Value : before.Value - match.Value;
            var actual = said.IsPercent ? (before.Value == 0 ? (decimal?)null : change / before.Value * 100m) : change;
            if (actual is not { } a || PercentMatch.Accepts(said.Value, PercentMatch.Decimals(said.Text), said.Bound, a)) continue;
            var data = $"{match.Indicator} {context.Number(before.Value)} ({earlier}) → {context.Number(match.Value)} ({match.Period}), " +
                       (said.IsPercent ? context.Percent(a) : context.Number(a));
            context.Warn(line, m.Index, context.Messages.ProseChange(line.Raw.Substring(m.Index, m.Length), data, ProseContext.ValueCall(match, context.Data)));
        }
    }

    private static int Months(string than, Period period) => than.ToLowerInvariant() switch
    {
        "tháng trước" => 1,
        "quý trước" => 3,
        "kỳ trước" => period.MonthCount,
        _ => 12,
    };

    [GeneratedRegex(@"(?i)(?<dir>tăng|giảm)\s+(?:thêm\s+)?(?<n>\d[\d.,]*\s?%?)\s+(?:[\p{L}]+\s+){0,3}?so\s+với\s+(?:cùng\s+kỳ\s+)?(?<than>năm\s+trước|tháng\s+trước|quý\s+trước|kỳ\s+trước|cùng\s+kỳ)")]
    private static partial Regex Change();
}
