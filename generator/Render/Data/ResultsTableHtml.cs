using System.Text;
using Bantin.Render.Views;

namespace Bantin.Render.Data;

/// <summary>
/// The results table as HTML, written in C#: it is the largest thing on most data pages, and drawn by Scriban it was
/// most of their rendering time and garbage. The default partials/results-table.html prints it as <c>table.html</c>;
/// a site's own partial can still draw <c>table.rows</c> itself (docs/templates.md).
/// </summary>
public static class ResultsTableHtml
{
    public static string Write(string caption, IReadOnlyList<ResultRowView> rows, bool anyComputed, UiStrings t)
    {
        var escapedCaption = Html.Escape(caption);
        var sb = new StringBuilder(512 + rows.Count * 512);
        sb.Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(escapedCaption).Append("\">\n")
            .Append("<table class=\"results stack\">\n")
            .Append("  <caption>").Append(escapedCaption).Append("</caption>\n")
            .Append("  <thead>\n")
            .Append("    <tr><th scope=\"col\">").Append(t.Indicator).Append("</th><th scope=\"col\">").Append(t.Target)
            .Append("</th><th scope=\"col\">").Append(t.Result).Append("</th><th scope=\"col\">").Append(t.Achievement).Append("</th></tr>\n")
            .Append("  </thead>\n")
            .Append("  <tbody>\n");
        foreach (var row in rows)
        {
            sb.Append("    <tr>\n")
                .Append("      <th scope=\"row\"><a href=\"").Append(Html.Escape(row.IndicatorUrl)).Append("\">").Append(Html.Escape(row.Indicator))
                .Append("</a> <span class=\"note\">(").Append(Html.Escape(row.Measure)).Append(")</span></th>\n");

            sb.Append("      <td class=\"num\" data-label=\"").Append(t.Target).Append("\">");
            if (row.Targets.Count == 0) sb.Append('—');
            foreach (var target in row.Targets)
            {
                sb.Append(target.ValueText);
                if (target.SetBy is not null)
                {
                    sb.Append(" <span class=\"note\">(").Append(Html.Escape(target.SetBy));
                    if (target.Partial) sb.Append(", ").Append(target.PeriodLabel);
                    sb.Append(")</span>");
                }
                else if (target.Partial)
                {
                    sb.Append(" <span class=\"note\">(").Append(target.PeriodLabel).Append(")</span>");
                }
                sb.Append("<br>");
            }
            sb.Append("</td>\n");

            sb.Append("      <td class=\"num\" data-label=\"").Append(t.Result).Append("\">").Append(row.ResultText);
            if (row.RateText is not null) sb.Append(" <span class=\"note\">(").Append(row.RateText).Append(")</span>");
            if (row.Computed) sb.Append(" <span class=\"computed\">").Append(t.ComputedMark).Append("</span>");
            foreach (var part in row.Breakdown)
                sb.Append("<br><span class=\"note\">").Append(Html.Escape(part.Name)).Append(": ").Append(part.ValueText).Append("</span>");
            sb.Append("</td>\n");

            sb.Append("      <td class=\"num\" data-label=\"").Append(t.Achievement).Append("\">");
            if (row.Targets.Count == 0) sb.Append('—');
            foreach (var target in row.Targets) sb.Append(target.AchievementText).Append("<br>");
            sb.Append("</td>\n")
                .Append("    </tr>\n");
        }
        sb.Append("  </tbody>\n")
            .Append("</table>\n")
            .Append("</div>");
        if (anyComputed) sb.Append('\n').Append("<p class=\"note\">").Append(t.ComputedMark).Append(' ').Append(t.ComputedNote).Append("</p>");
        return sb.ToString();
    }
}
