using Bantin.Model.Data;

namespace Bantin.Checks.Prose;

/// <summary>
/// A typed number that is not the article's figure but the data's for the same unit in another period, or for a
/// neighbouring unit (parent, child, sibling) in the same period: "1.128 đoàn viên" in a May article when 1.128 is
/// June's. Only numbers from 100 up, or with decimals or a total, that read as the indicator's (measure and name,
/// <see cref="Words.Names"/>), so coincidences stay out; and none when the clause names that unit or period
/// ("Quý I, 02/13 chỉ tiêu").
/// </summary>
public static class ElsewhereRule
{
    public static void Check(ProseContext context, ElsewhereIndex index)
    {
        var data = context.Data;
        foreach (var line in context.Lines.Where(l => !l.IsTitle))
        foreach (var figure in line.Figures.Where(f => f.IsTyped && !f.IsPercent && f.Matches.Count == 0 && f.Bound == ProseBound.Exact))
        {
            if (figure.Of is null && figure.Value < 100m && figure.Value == decimal.Truncate(figure.Value)) continue;
            var clause = line.ClauseAt(figure.Index);
            var after = line.Text[figure.End..];
            var found = index.Find(figure.Value, figure.Of)
                .Where(r => Related(data, r) && data.Data.Indicator(r.IndicatorId) is { } i && Words.Names(i, line.Text[clause.Start..clause.End], line.Text[clause.Start..figure.Index], after, 3))
                .Where(r => !Named(data.Data, line, clause, r))
                .ToList();
            if (found.FirstOrDefault() is not { } r) continue;
            var match = new DataMatch(r.IndicatorId, r.UnitId, r.Period, r.Amount.Value, r.Amount.Of, null);
            context.Warn(line, figure.Index, context.Messages.ProseElsewhere(figure.Text, r.IndicatorId, r.UnitId, r.Period.ToString(),
                data.Unit, data.Period.ToString(), ProseContext.ValueCall(match, data)));
        }
    }

    private static bool Related(ArticleData data, Result r)
    {
        var samePeriod = PeriodPhrase.Same(r.Period, data.Period);
        // A neighbouring period (the next month, the quarter before): a figure of years ago is a coincidence, not a slip.
        if (r.UnitId == data.Unit) return !samePeriod && Math.Abs(r.Period.End.Index - data.Period.End.Index) <= Math.Max(3, data.Period.MonthCount);
        if (!samePeriod) return false;
        var unit = data.Data.Unit(data.Unit);
        var other = data.Data.Unit(r.UnitId);
        return other is not null && unit is not null
            && (other.ParentId == unit.Id || unit.ParentId == other.Id || (other.ParentId is not null && other.ParentId == unit.ParentId));
    }

    // "Quý I, 02/13 …" or "LĐLĐ huyện Hòa An … 160 triệu đồng": the writer says whose figure it is.
    private static bool Named(DataSet data, ProseLine line, (int Start, int End) clause, Result r)
    {
        if (line.Periods.Any(p => p.Index >= clause.Start && p.Index < clause.End && p.Covers(r.Period))) return true;
        if (data.Unit(r.UnitId) is not { } unit) return false;
        var words = Words.Of(unit.Name);
        var place = string.Join(' ', words.TakeLast(2));
        return string.Join(' ', Words.Of(line.Text[clause.Start..clause.End])).Contains(place, StringComparison.Ordinal);
    }
}
