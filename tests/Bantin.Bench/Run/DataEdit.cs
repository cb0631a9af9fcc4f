using System.Globalization;
using System.Text.RegularExpressions;

namespace Bantin.Bench.Run;

/// <summary>
/// The reload command's edit of a results file: the first plain count of at least 1,000 is raised to a number its
/// unit × period page does not show yet (Vietnamese style, "11.463"), which is then what the poll waits for.
/// </summary>
public static partial class DataEdit
{
    public static (Func<string, bool> Served, string Text)? Of(string text, string page)
    {
        var value = Count().Match(text);
        if (!value.Success) return null;
        var number = long.Parse(value.Groups[2].Value, CultureInfo.InvariantCulture);
        for (var step = 1; step < 100; step++)
        {
            var raised = number + 1000 * step;
            var shown = raised.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
            if (page.Contains(shown, StringComparison.Ordinal)) continue;
            var edited = text[..value.Index] + $"\n{value.Groups[1].Value}{raised.ToString(CultureInfo.InvariantCulture)}" + text[(value.Index + value.Length)..];
            return (p => p.Contains(shown, StringComparison.Ordinal), edited);
        }
        return null;
    }

    [GeneratedRegex(@"\n(  [a-z0-9-]+: )(\d{4,9})(?=\r?\n)")]
    private static partial Regex Count();
}
