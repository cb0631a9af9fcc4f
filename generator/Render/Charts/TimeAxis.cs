using System.Globalization;
using Bantin.Formatting;
using Bantin.Model.Periods;

namespace Bantin.Render.Charts;

/// <summary>
/// Chooses a time axis by span: months for a year or so, quarters for a few years, then years, two, five or ten years,
/// taking the finest step whose labels fit the width. Months and quarters print short ("1"…"12", "I"…"IV") with
/// the year on a second row; years print in full. A label that would still touch its neighbour is left out, so
/// no two labels ever overlap, however long the series.
/// </summary>
public static class TimeAxis
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <param name="first">The first month shown.</param>
    /// <param name="last">The last month shown (inclusive).</param>
    /// <param name="width">The plot's width in chart units.</param>
    /// <param name="finest">The finest step worth drawing: a chart of yearly figures gets no quarter ticks.</param>
    public static TimeTicks Choose(YearMonth first, YearMonth last, double width, Language lang, TimeStep finest = TimeStep.Month)
    {
        var months = Months(first, last);
        var perMonth = width / months;
        foreach (var step in Enum.GetValues<TimeStep>().Where(s => s >= finest))
        {
            if (step == TimeStep.Quarter && months < 4) continue; // a quarter axis over two months labels nothing useful
            var widest = LabelWidth.Of(step switch
            {
                TimeStep.Month => "12",
                TimeStep.Quarter => "III",
                _ => "2000",
            });
            if (Span(step) * perMonth >= widest + LabelWidth.Gap || step == TimeStep.TenYears)
                return Build(step, first, months, perMonth, lang);
        }
        throw new InvalidOperationException("unreachable: the last step always fits");
    }

    /// <summary>The finest step for points of this kind: months for months, quarters for quarters, years otherwise.</summary>
    public static TimeStep FinestFor(PeriodKind kind) => kind switch
    {
        PeriodKind.Month or PeriodKind.MonthRange => TimeStep.Month,
        PeriodKind.Quarter => TimeStep.Quarter,
        _ => TimeStep.Year,
    };

    public static int Months(YearMonth first, YearMonth last) =>
        (last.Year - first.Year) * 12 + last.Month - first.Month + 1;

    private static int Span(TimeStep step) => step switch
    {
        TimeStep.Month => 1,
        TimeStep.Quarter => 3,
        TimeStep.Year => 12,
        TimeStep.TwoYears => 24,
        TimeStep.FiveYears => 60,
        _ => 120,
    };

    private static TimeTicks Build(TimeStep step, YearMonth first, int months, double perMonth, Language lang)
    {
        var lines = new List<int>();
        var labels = new List<TimeLabel>();
        var years = new List<TimeLabel>();
        for (var m = 0; m < months; m++)
        {
            var (year, month) = At(first, m);
            var starts = StartsStep(step, year, month);
            if (!starts && (m > 0 || step >= TimeStep.TwoYears)) continue;
            if (m > 0) lines.Add(m);
            var end = Math.Min(months, m + StepLength(step, month));
            switch (step)
            {
                case TimeStep.Month:
                    labels.Add(new((m + end) / 2.0, month.ToString(CultureInfo.InvariantCulture), 0));
                    break;
                case TimeStep.Quarter:
                    labels.Add(new((m + end) / 2.0, lang == Language.En ? $"Q{(month + 2) / 3}" : Roman[(month - 1) / 3], 0));
                    break;
                default:
                    // A multi-year step names the first year of its stretch, centred on that year.
                    labels.Add(new((m + Math.Min(months, m + 13 - month)) / 2.0, Year(year), 0));
                    break;
            }
            if (step is TimeStep.Month or TimeStep.Quarter && (m == 0 || month == 1))
                years.Add(new((m + Math.Min(months, m + 13 - month)) / 2.0, Year(year), 1));
        }
        return new TimeTicks(step, lines, Fit(labels, perMonth).Concat(Fit(years, perMonth)).ToList());
    }

    // Months until the next step boundary: a quarter started mid-quarter (data from May) ends with that quarter.
    private static int StepLength(TimeStep step, int month) => step switch
    {
        TimeStep.Month => 1,
        TimeStep.Quarter => 3 - (month - 1) % 3,
        _ => 13 - month,
    };

    private static bool StartsStep(TimeStep step, int year, int month) => step switch
    {
        TimeStep.Month => true,
        TimeStep.Quarter => (month - 1) % 3 == 0,
        TimeStep.Year => month == 1,
        _ => month == 1 && year % (Span(step) / 12) == 0,
    };

    /// <summary>Keeps labels left to right, dropping any that would touch the one kept before it.</summary>
    private static IEnumerable<TimeLabel> Fit(List<TimeLabel> labels, double perMonth)
    {
        double? rightEdge = null;
        foreach (var label in labels)
        {
            var half = LabelWidth.Of(label.Text) / 2;
            var left = label.Centre * perMonth - half;
            if (rightEdge is { } edge && left < edge + LabelWidth.Gap) continue;
            rightEdge = label.Centre * perMonth + half;
            yield return label;
        }
    }

    private static (int Year, int Month) At(YearMonth first, int offset)
    {
        var index = first.Year * 12 + first.Month - 1 + offset;
        return (index / 12, index % 12 + 1);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
