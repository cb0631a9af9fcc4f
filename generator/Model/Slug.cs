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
