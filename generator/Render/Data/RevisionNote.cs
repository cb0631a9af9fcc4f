using System.Globalization;
using System.Text;

namespace Bantin.Render.Data;

/// <summary>
/// The note under an article whose figures have been corrected since it was published: the article keeps the figures
/// it printed (a published record), and the note says when they changed and links to the current ones. Plain HTML,
/// readable without scripts and on a phone.
/// </summary>
public static class RevisionNote
{
    /// <summary>One paragraph per unit and period corrected; empty when nothing the article printed has changed.</summary>
    public static string Html(IReadOnlyList<RevisedFigure> revised, DataViewFactory data)
    {
        if (revised.Count == 0) return "";
        var words = data.Revisions;
        var sb = new StringBuilder();
        foreach (var group in revised.GroupBy(r => (r.UnitId, r.Period)))
        {
            var date = group.Max(r => r.Date);
            sb.Append("\n<p class=\"revision-note\">")
                .Append(Html(string.Format(CultureInfo.InvariantCulture, words.NoteFormat, RevisionStrings.Day(date))));
            // A single figure says what it was and what it is; a table or chart is only linked.
            var figures = group.Where(r => r.Label is not null && r.Printed.Length < 80 && !r.Printed.Contains('<')).ToList();
            if (figures.Count > 0)
                sb.Append(" (").Append(Html(string.Join("; ", figures.Select(r => $"{r.Label}: {r.Printed} → {r.Now}").Distinct()))).Append(')');
            sb.Append(", <a href=\"").Append(Html(data.CurrentFigureUrl(group.Key.UnitId, group.Key.Period))).Append("\">")
                .Append(Html(words.SeeNew)).Append("</a>.</p>");
        }
        return sb.ToString();
    }

    private static string Html(string text) => Bantin.Render.Html.Escape(text);
}
