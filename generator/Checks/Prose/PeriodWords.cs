using System.Globalization;
using System.Text.RegularExpressions;
using Bantin.Model.Periods;

namespace Bantin.Checks.Prose;

/// <summary>
/// Reads the ways a bulletin names a period: "5 tháng đầu năm 2017", "6 tháng cuối năm", "nửa đầu năm 2020",
/// "quý I", "quý II năm 2019", "quý I/2019", "tháng 4 năm 2019", "tháng 5/2019", "tháng Tư", "năm 2021".
/// A phrase without a year takes <c>year</c>, the year of the article's period. Dates ("ngày 20 tháng 10 năm 2015")
/// are masked before this runs, and "năm học 2019 - 2020" is not a period of results.
/// </summary>
public static partial class PeriodWords
{
    private static readonly string[] MonthNames =
        ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp"];

    public static IReadOnlyList<PeriodPhrase> Find(string text, int year)
    {
        var found = new List<PeriodPhrase>();
        foreach (Match m in Phrase().Matches(text))
            if (Read(m, year) is { } period) found.Add(new PeriodPhrase(m.Index, m.Length, m.Value, period));
        return found;
    }

    private static Period? Read(Match m, int defaultYear)
    {
        var year = Year(m, defaultYear);
        if (year is < YearMonth.MinYear or > YearMonth.MaxYear) return null;
        if (m.Groups["first"].Success || m.Groups["half"].Success)
        {
            var n = m.Groups["half"].Success ? 6 : Number(m.Groups["first"].Value);
            if (n is < 1 or > 12) return null;
            var last = m.Groups["side"].Value.Equals("đầu", StringComparison.OrdinalIgnoreCase);
            return last ? Period.MonthRange(new YearMonth(year, 1), new YearMonth(year, n))
                        : Period.MonthRange(new YearMonth(year, 13 - n), new YearMonth(year, 12));
        }
        if (m.Groups["q"].Success)
        {
            var q = m.Groups["q"].Value.ToUpperInvariant() switch { "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, _ => 4 };
            return Period.Quarter(year, q);
        }
        if (m.Groups["month"].Success || m.Groups["name"].Success)
        {
            var month = m.Groups["month"].Success ? Number(m.Groups["month"].Value)
                : Array.FindIndex(MonthNames, n => n.Equals(m.Groups["name"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
            return month is >= 1 and <= 12 ? Period.Month(year, month) : null;
        }
        return Period.Year(year);
    }

    private static int Year(Match m, int defaultYear) =>
        m.Groups["y"].Success ? Number(m.Groups["y"].Value) : defaultYear;

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // One alternation, longest forms first, so "tháng 4 năm 2019" is one phrase and not also "năm 2019".
    // Month names are capitalised ("tháng Tư"): lower-case "tháng năm" is not a month.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}/])(?:" +
        @"(?:(?<first>\d{1,2})\s+tháng|(?<half>nửa))\s+(?<side>đầu|cuối)\s+năm(?:\s+(?<y>\d{4}))?" +
        @"|[Qq]uý\s+(?<q>IV|III|II|I|[1-4])(?![\p{L}\p{N}])(?:(?:\s+năm\s+|/)(?<y>\d{4}))?" +
        @"|[Tt]háng\s+(?<month>\d{1,2})(?![\p{N}])(?:(?:\s+năm\s+|/)(?<y>\d{4}))?(?!/\d)" +
        @"|[Tt]háng\s+(?<name>Giêng|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười Một|Mười|Chạp)(?![\p{L}])(?:\s+năm\s+(?<y>\d{4}))?" +
        @"|[Nn]ăm\s+(?<y>\d{4})(?![\p{N}])(?!\s*[-–]\s*\d{4})" +
        @")(?![\p{L}\p{N}])")]
    private static partial Regex Phrase();
}
