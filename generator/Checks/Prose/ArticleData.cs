using Bantin.Compute.Data;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Checks.Prose;

/// <summary>
/// What the data says for one article's unit and period: every indicator with a figure (given or rolled up over
/// time and child units), and the percentages a writer may print for it (achievements, ratios' rates, rates).
/// </summary>
public sealed class ArticleData
{
    private readonly Figures _figures;

    public ArticleData(DataSet data, Figures figures, string unit, Period period)
    {
        _figures = figures;
        Data = data;
        Unit = unit;
        Period = period;
        foreach (var indicator in data.Indicators)
            if (figures.Get(unit, indicator.Id, period) is { } figure)
                Held.Add((indicator, figure));
    }

    public DataSet Data { get; }

    public string Unit { get; }

    public Period Period { get; }

    /// <summary>The indicators with a figure for the article's unit and period, in the order of indicators.yaml.</summary>
    public List<(Indicator Indicator, Figure Figure)> Held { get; } = [];

    public Figure? Get(string indicator, string? unit = null, Period? period = null) =>
        _figures.Get(unit ?? Unit, indicator, period ?? Period);

    /// <summary>Every figure of the article's unit and period whose value (or a part, or value/of) is this number.</summary>
    public IEnumerable<DataMatch> Matching(decimal value, decimal? of, bool percent)
    {
        foreach (var (indicator, figure) in Held)
        {
            if (percent)
            {
                if (indicator.Kind == IndicatorKind.Rate && figure.Value == value) yield return new DataMatch(indicator.Id, Unit, Period, value, null, null);
                continue;
            }
            if (of is { } o)
            {
                if (figure.Of == o && figure.Value == value) yield return new DataMatch(indicator.Id, Unit, Period, value, o, null);
                continue;
            }
            if (indicator.Kind == IndicatorKind.Rate) continue;
            if (figure.Value == value) yield return new DataMatch(indicator.Id, Unit, Period, value, figure.Of, null);
            foreach (var (key, part) in figure.By)
                if (part == value) yield return new DataMatch(indicator.Id, Unit, Period, value, null, key);
        }
    }

    /// <summary>
    /// The percentages the data gives for an indicator, as numbers (75.2 for 75,2%), each with the call that prints
    /// it: against each target (<c>set_by</c> when several), a ratio's rate, a rate's own value.
    /// </summary>
    public IEnumerable<(decimal Percent, string Call)> Percents(string indicatorId, string? unit = null, Period? period = null, string? setBy = null)
    {
        if (Data.Indicator(indicatorId) is not { } indicator) yield break;
        var u = unit ?? Unit;
        var p = period ?? Period;
        var args = (unit is null ? "" : $" unit: \"{unit}\"") + (period is null ? "" : $" period: \"{period}\"");
        if (_figures.Get(u, indicatorId, p) is not { } figure) yield break;
        if (indicator.Kind == IndicatorKind.Rate) yield return (figure.Value, $"{{{{ value \"{indicatorId}\"{args} }}}}");
        if (indicator.Kind == IndicatorKind.Ratio && figure.Rate is { } rate) yield return (rate * 100m, $"{{{{ percent \"{indicatorId}\"{args} }}}}");
        var achievements = _figures.Achievements(u, indicatorId, p);
        foreach (var a in achievements)
        {
            if (a.Ratio is not { } ratio || (setBy is not null && a.Target.SetBy != setBy)) continue;
            var by = achievements.Count > 1 && a.Target.SetBy is { } s ? $" set_by: \"{s}\"" : "";
            yield return (ratio * 100m, $"{{{{ percent \"{indicatorId}\"{args}{by} }}}}");
        }
    }
}
