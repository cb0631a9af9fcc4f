using System.Globalization;
using System.Text;

namespace Bantin.Model;

/// <summary>ASCII URL segments from Vietnamese text: marks dropped, đ → d, anything else a single '-'.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var c = raw switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(raw) };
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
}
