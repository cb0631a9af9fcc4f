using System.Globalization;
using Bantin.Diagnostics;
using Bantin.Formatting;

namespace Bantin.Model.Periods;

/// <summary>
/// Reader-facing period names. Written out by hand rather than through CultureInfo so that output
/// does not depend on the ICU data of the machine that builds the site.
/// </summary>
internal static class PeriodLabels
{
    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private const char EnDash = '\u2013';

    public static string Label(Period p, Language lang) => lang == Language.En ? English(p) : Vietnamese(p);

    private static string Vietnamese(Period p)
    {
        var (y, m) = p.Start;
        var (endYear, endMonth) = p.End;
        return p.Kind switch
        {
            PeriodKind.Month => Inv($"tháng {m}/{y}"),
            PeriodKind.Quarter => Inv($"quý {Roman[(m - 1) / 3]}/{y}"),
            PeriodKind.Half => Inv($"6 tháng {(m == 1 ? "đầu" : "cuối")} năm {y}"),
            // "5 tháng đầu năm 2017" is how bulletins name a year-to-date report.
            PeriodKind.MonthRange when m == 1 && y == endYear => Inv($"{endMonth} tháng đầu năm {y}"),
            PeriodKind.MonthRange => Inv($"từ tháng {m}/{y} đến tháng {endMonth}/{endYear}"),
            PeriodKind.Year => Inv($"năm {y}"),
            _ => Inv($"nhiệm kỳ {y}{EnDash}{endYear}"),
        };
    }

    private static string English(Period p)
    {
        var (y, m) = p.Start;
        var (endYear, endMonth) = p.End;
        return p.Kind switch
        {
            PeriodKind.Month => Inv($"{EnglishMonths[m - 1]} {y}"),
            PeriodKind.Quarter => Inv($"Q{(m + 2) / 3} {y}"),
            PeriodKind.Half => Inv($"{(m == 1 ? "first" : "second")} half of {y}"),
            PeriodKind.MonthRange when y == endYear => Inv($"{EnglishMonths[m - 1]}{EnDash}{EnglishMonths[endMonth - 1]} {y}"),
            PeriodKind.MonthRange => Inv($"{EnglishMonths[m - 1]} {y}{EnDash}{EnglishMonths[endMonth - 1]} {endYear}"),
            PeriodKind.Year => Inv($"{y}"),
            _ => Inv($"term {y}{EnDash}{endYear}"),
        };
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
