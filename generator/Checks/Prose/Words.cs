using System.Globalization;
using System.Text;

namespace Bantin.Checks.Prose;

/// <summary>Lower-case words and word pairs, for telling which indicator a sentence talks about.</summary>
public static class Words
{
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark) current.Append(char.ToLowerInvariant(c));
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    public static HashSet<string> Pairs(string text)
    {
        var words = Of(text);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Count; i++) pairs.Add(words[i] + " " + words[i + 1]);
        return pairs;
    }

    /// <summary>How many word pairs of <paramref name="name"/> the text holds: "đoàn viên mới" shares two with "Phát triển đoàn viên mới".</summary>
    public static int Shared(HashSet<string> text, string name) => Pairs(name).Count(text.Contains);

    /// <summary>Whether the words after a number begin with the measure ("72 đoàn viên" for "đoàn viên").</summary>
    public static bool StartsWith(string after, string measure)
    {
        var next = Of(after);
        var wanted = Of(measure);
        return wanted.Count > 0 && next.Count >= wanted.Count && next.Take(wanted.Count).SequenceEqual(wanted);
    }

    /// <summary>
    /// Whether a typed number reads as the indicator's figure: the measure right after it ("1.128 đoàn viên") and
    /// word pairs of the name, other than the measure's own: one among the six words just before the number
    /// ("phát triển mới 1.128 đoàn viên"), or <paramref name="inClause"/> anywhere in its clause. Numbers in running
    /// text coincide with some figure too often to be matched on their value alone.
    /// </summary>
    public static bool Names(Model.Data.Indicator indicator, string clause, string before, string after, int inClause = 2)
    {
        if (!StartsWith(after, indicator.Measure)) return false;
        var measure = Pairs(indicator.Measure);
        var name = Pairs(indicator.Name).Where(p => !measure.Contains(p)).ToList();
        var near = Pairs(string.Join(' ', Of(before).TakeLast(6)));
        var said = Pairs(clause);
        return name.Any(near.Contains) || name.Count(said.Contains) >= inClause;
    }
}
