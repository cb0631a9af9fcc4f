using System.Globalization;
using System.Text;

namespace Bantin.Bench.Corpus;

/// <summary>ASCII slugs by the rules of FORMATS.md: marks dropped, đ → d, anything else one '-'.</summary>
public static class SlugText
{
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        var dash = false;
        foreach (var raw in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var c = raw is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && sb.Length > 0) sb.Append('-');
                dash = false;
                sb.Append(c);
            }
            else
            {
                dash = true;
            }
        }
        return sb.ToString();
    }
}
