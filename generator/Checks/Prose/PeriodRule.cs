namespace Bantin.Checks.Prose;

/// <summary>
/// Period words against the article's <c>period:</c>: in the title, and in the body where they introduce a figure
/// ("Kết quả 6 tháng đầu năm 2017, … thành lập được 29 CĐCS"). Words with no figure after them ("nhiệm vụ quý II",
/// "6 tháng cuối năm") talk about something else and are left alone.
/// </summary>
public static class PeriodRule
{
    public static void Check(ProseContext context)
    {
        var period = context.Data.Period;
        var titled = context.Lines.Where(l => l.IsTitle).SelectMany(l => l.Periods).FirstOrDefault(p => p.Covers(period));
        foreach (var line in context.Lines)
        {
            if (line.IsTitle)
            {
                if (titled is null && line.Periods.FirstOrDefault() is { } wrong)
                    context.Warn(line, wrong.Index, context.Messages.ProseTitlePeriod(Quote(line, wrong), wrong.Period.ToString(), period.ToString()));
                continue;
            }
            foreach (var phrase in line.Periods)
                if (Introduced(line, phrase) is { } figure && !Fits(context, phrase, figure))
                {
                    var title = titled?.Text ?? "";
                    var call = figure.Call is null ? ProseContext.ValueCall(figure.Matches[0], context.Data) : figure.Text;
                    context.Warn(line, phrase.Index, context.Messages.ProsePeriod(Quote(line, phrase), phrase.Period.ToString(), period.ToString(), title, call));
                }
        }
    }

    private static string Quote(ProseLine line, PeriodPhrase phrase) => line.Raw.Substring(phrase.Index, phrase.Length);

    // The first figure after the phrase in its clause, with no other period phrase in between.
    private static ProseFigure? Introduced(ProseLine line, PeriodPhrase phrase)
    {
        var clause = line.ClauseAt(phrase.Index);
        var next = line.Periods.FirstOrDefault(p => p.Index > phrase.Index && p.Index < clause.End)?.Index ?? clause.End;
        return line.FiguresIn(clause).FirstOrDefault(f => f.Index >= phrase.End && f.Index < next && f.Matches.Count > 0);
    }

    // The figure is the phrase's own, or a percentage against a target for the phrase's period ("năm 2019: đạt 65%").
    private static bool Fits(ProseContext context, PeriodPhrase phrase, ProseFigure figure) =>
        figure.Matches.Any(m => phrase.Covers(m.Period)
            || (figure.IsPercent && context.Data.Data.Targets.Any(t => t.UnitId == m.Unit && t.IndicatorId == m.Indicator && phrase.Covers(t.Period))));
}
