using System.Globalization;
using System.Text;
using Bantin.Model;

namespace Bantin.Compute.Search;

/// <summary>
/// How text becomes search words, on both sides of the index: the build here, the reader's query in
/// assets/search.js (tokens = runs of /[\p{L}\p{Nd}\p{M}]+/u, form = NFC + toLowerCase, key = fold). A word is
/// kept in two shapes: its <em>form</em> (lower case, tone marks kept: "đoàn") so that a query typed with marks
/// can rank exact matches first, and its <em>key</em> (<see cref="Slug.Fold"/>: "doan") that unmarked queries meet.
/// </summary>
public static class SearchText
{
    /// <summary>Longer runs are URLs, hashes or pasted junk, not words anyone types.</summary>
    public const int MaxWordLength = 40;

    /// <summary>The words of a text, as forms, in order (repeats kept: the builder counts them).</summary>
    public static IReadOnlyList<string> Forms(string text)
    {
        var forms = new List<string>();
        EachForm(text, form => forms.Add(form.ToString()));
        return forms;
    }

    /// <summary>
    /// The same words as <see cref="Forms"/>, each lower-cased into one reused buffer and handed over as a span: the
    /// index counts ten million words at 10,000 articles, and two strings per word were most of its garbage.
    /// </summary>
    public static void EachForm(string text, FormAction action)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        Span<char> lower = stackalloc char[MaxWordLength];
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            if (i < normalized.Length && IsWordChar(normalized[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            var length = i - start;
            if (length <= MaxWordLength)
            {
                var written = normalized.AsSpan(start, length).ToLowerInvariant(lower);
                action(lower[..written]);
            }
            start = -1;
        }
    }

    /// <summary>The folded key of a form: what an unmarked query is compared with.</summary>
    public static string Key(string form) => Slug.Fold(form);

    /// <summary>Letters, decimal digits and combining marks (JavaScript: \p{L}, \p{Nd}, \p{M}).</summary>
    public static bool IsWordChar(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };
}
