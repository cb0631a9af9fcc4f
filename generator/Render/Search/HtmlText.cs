using System.Net;
using System.Text;

namespace Bantin.Render.Search;

/// <summary>
/// The readable text of a rendered body, for the search index: tags become spaces, entities are decoded, and what
/// readers never read as prose (scripts, styles, inline SVG drawings: their numbers are in the table beside them)
/// is dropped. Reading the rendered HTML, not the Markdown, means figures from the data are searchable too.
/// </summary>
public static class HtmlText
{
    private static readonly string[] Skipped = ["script", "style", "svg"];

    public static string Plain(string html)
    {
        var sb = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }
            sb.Append(html, i, lt - i);
            var gt = html.IndexOf('>', lt);
            if (gt < 0) break;
            var skipped = Skipped.FirstOrDefault(name => IsOpening(html, lt, name));
            if (skipped is not null && html[gt - 1] != '/')
            {
                var close = html.IndexOf("</" + skipped, gt + 1, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? -1 : html.IndexOf('>', close);
                gt = end < 0 ? html.Length - 1 : end;
            }
            sb.Append(' ');
            i = gt + 1;
        }
        var decoded = WebUtility.HtmlDecode(sb.ToString());
        return Collapse(decoded).Normalize(NormalizationForm.FormC);
    }

    private static bool IsOpening(string html, int lt, string name) =>
        string.Compare(html, lt + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
        lt + 1 + name.Length < html.Length && html[lt + 1 + name.Length] is ' ' or '>' or '/' or '\n' or '\t';

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
