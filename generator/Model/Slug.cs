using System.Globalization;
using System.Text;

namespace Bantin.Model;

/// <summary>ASCII URL segments from Vietnamese text: marks dropped, đ → d, anything else a single '-'.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>The longest slug made from a title, tag or category name: whole words up to this length.</summary>
    public const int MaxFromText = 80;

    /// <summary>
    /// A slug for a folder name: <see cref="From"/>, cut after the last whole word that fits in
    /// <see cref="MaxFromText"/> characters (like WordPress and Zola's truncated slugs), so a 300-character title
    /// still makes a folder every file system accepts. A single word longer than that is cut where it must be.
    /// </summary>
    public static string ForPath(string text)
    {
        var slug = From(text);
        if (slug.Length <= MaxFromText) return slug;
        var cut = slug.LastIndexOf('-', MaxFromText);
        return cut >= MaxFromText / 2 ? slug[..cut] : slug[..MaxFromText].TrimEnd('-');
    }

    /// <summary>
    /// Text as readers type it without tone marks: decomposed (NFD), every non-spacing mark dropped, đ/Đ → d,
    /// lower case; anything else is kept. Slugs and the search index both use it, so "Đoàn viên", "doan vien" and
    /// /doan-vien/ all meet. The search page's JavaScript has the same function (fold in assets/search.js:
    /// NFD, strip \p{Mn}, đ/Đ → d, toLowerCase); keep the two in step.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
