using System.Text.RegularExpressions;
using Bantin.Model;
using Bantin.Model.Periods;

namespace Bantin.Import;

/// <summary>
/// The period a hand-made sheet's title names: "Báo cáo tháng 5/2024", "THÁNG 5 NĂM 2024", "Quý I/2024",
/// "6 tháng đầu năm 2024", "Năm 2024", or a written period such as 2024-05.
/// </summary>
internal static partial class PeriodInTitle
{
    public static Period? Find(string text)
    {
        try
        {
            return Read(Slug.Fold(text));
        }
        catch (ArgumentOutOfRangeException)
        {
            // A year before 1000 or a month 0 in a title is not a period; the sheet then needs --period.
            return null;
        }
    }

    private static Period? Read(string s)
    {
        if (Months().Match(s) is { Success: true } first)
        {
            // "5 tháng đầu năm 2017" is the range of months January to May.
            var months = int.Parse(first.Groups[1].Value);
            var year = int.Parse(first.Groups[2].Value);
            if (months == 6) return Period.Half(year, 1);
            if (months is >= 2 and <= 11) return Period.MonthRange(new YearMonth(year, 1), new YearMonth(year, months));
        }
        if (LastHalf().Match(s) is { Success: true } last) return Period.Half(int.Parse(last.Groups[1].Value), 2);
        if (Month().Match(s) is { Success: true } m && int.Parse(m.Groups[1].Value) is >= 1 and <= 12 and var month)
            return Period.Month(int.Parse(m.Groups[2].Value), month);
        if (Quarter().Match(s) is { Success: true } q)
            return Period.Quarter(int.Parse(q.Groups[2].Value), q.Groups[1].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 });
        if (Written().Match(s) is { Success: true } w && Period.TryParse(w.Value, out var written, out _)) return written;
        if (Year().Match(s) is { Success: true } y) return Period.Year(int.Parse(y.Groups[1].Value));
        return null;
    }

    [GeneratedRegex(@"\b(\d{1,2}) thang dau nam (\d{4})\b")]
    private static partial Regex Months();

    [GeneratedRegex(@"\b6 thang cuoi nam (\d{4})\b")]
    private static partial Regex LastHalf();

    [GeneratedRegex(@"\bthang (\d{1,2})(?:\s*[/\-.]\s*|\s+nam\s+)(\d{4})\b")]
    private static partial Regex Month();

    [GeneratedRegex(@"\bquy (iv|iii|ii|i|[1-4])(?:\s*[/\-.]\s*|\s+nam\s+)(\d{4})\b")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b\d{4}-(?:\d{2}|q[1-4]|h[12])(?:\.\.\d{4}-\d{2})?\b")]
    private static partial Regex Written();

    [GeneratedRegex(@"\bnam (\d{4})\b")]
    private static partial Regex Year();
}
