using System.Buffers;
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
        // One pass into one buffer: tags become a space, entities are decoded and runs of white space collapse as the
        // text is read (the text is never longer than the HTML). Every body of the site goes through here.
        var buffer = ArrayPool<char>.Shared.Rent(html.Length + 1);
        try
        {
            var (length, space) = (0, false);
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                if (lt < 0)
                {
                    AppendText(html.AsSpan(i), buffer, ref length, ref space);
                    break;
                }
                AppendText(html.AsSpan(i, lt - i), buffer, ref length, ref space);
                var gt = html.IndexOf('>', lt);
                if (gt < 0) break;
                var skipped = Skipped.FirstOrDefault(name => IsOpening(html, lt, name));
                if (skipped is not null && html[gt - 1] != '/')
                {
                    var close = html.IndexOf("</" + skipped, gt + 1, StringComparison.OrdinalIgnoreCase);
                    var end = close < 0 ? -1 : html.IndexOf('>', close);
                    gt = end < 0 ? html.Length - 1 : end;
                }
                space = length > 0;
                i = gt + 1;
            }
            return new string(buffer, 0, length).Normalize(NormalizationForm.FormC);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Text between two tags. An entity never spans a tag (its name would hold the tag's space and not be one), so
    /// decoding run by run reads the same as decoding the whole text.
    /// </summary>
    private static void AppendText(ReadOnlySpan<char> run, char[] buffer, ref int length, ref bool space)
    {
        if (run.Contains('&')) run = WebUtility.HtmlDecode(run.ToString());
        foreach (var c in run)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space) buffer[length++] = ' ';
            space = false;
            buffer[length++] = c;
        }
    }

    private static bool IsOpening(string html, int lt, string name) =>
        string.Compare(html, lt + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
        lt + 1 + name.Length < html.Length && html[lt + 1 + name.Length] is ' ' or '>' or '/' or '\n' or '\t';
}
