using System.Text;
using System.Text.RegularExpressions;

namespace Bantin.Checks.Prose;

/// <summary>
/// Blanks out the parts of a line whose digits are not figures — links, alt text, dates, times, document numbers
/// ("số 04-NQ/TU"), heading and list numbering — keeping every other character in its column.
/// </summary>
public static partial class ProseMask
{
    public static string Apply(string line)
    {
        var text = new StringBuilder(line);
        foreach (var regex in new[] { Code(), Image(), LinkTarget(), Address(), Numbering(), ListNumber(), LongDate(), Date(), Time(), Document(), YearRange() })
            foreach (Match m in regex.Matches(line))
            {
                var g = m.Groups["x"].Success ? m.Groups["x"] : m.Groups[0];
                for (var i = g.Index; i < g.Index + g.Length; i++) text[i] = ' ';
            }
        return text.ToString();
    }

    /// <summary>Blanks a range (a figure call, a period phrase) so later readers do not see its digits.</summary>
    public static string Blank(string text, int index, int length) =>
        string.Concat(text.AsSpan(0, index), new string(' ', length), text.AsSpan(index + length));

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex Code();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\](?<x>\([^)]*\))")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"(?:https?://|www\.)\S+")]
    private static partial Regex Address();

    [GeneratedRegex(@"^\s*#{1,6}\s+(?<x>(?:\d+|[IVXLC]+)(?:\.\d+)*[.)]?)(?=\s)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^\s*(?<x>\d+[.)])\s")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"(?i)ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")]
    private static partial Regex LongDate();

    [GeneratedRegex(@"(?<![\p{N}/])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\p{N}])")]
    private static partial Regex Date();

    [GeneratedRegex(@"(?<![\p{N}:])\d{1,2}[:h]\d{2}(?![\p{N}])")]
    private static partial Regex Time();

    // "số 04-NQ/TU", "Kế hoạch số 86/KH-LĐLĐ", "Nghị định số 49/2021/NĐ-CP", "Chỉ thị số 06/CT-UBND".
    [GeneratedRegex(@"(?i)(?<![\p{L}])số\s+(?<x>\d[\p{L}\p{N}./-]*[/-][\p{L}\p{N}./-]*)")]
    private static partial Regex Document();

    [GeneratedRegex(@"(?<![\p{N}])(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?![\p{N}])")]
    private static partial Regex YearRange();
}
