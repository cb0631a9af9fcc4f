using System.Text;

namespace Bantin.Render;

/// <summary>
/// HTML escaping of the five characters that matter only. WebUtility.HtmlEncode (behind Scriban's html.escape)
/// turns Vietnamese letters into numeric entities, which bloats pages and breaks search snippets.
/// </summary>
public static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
