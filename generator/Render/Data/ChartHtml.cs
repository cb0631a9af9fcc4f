using Bantin.Formatting;

namespace Bantin.Render.Data;

/// <summary>
/// A chart's figure block as HTML, written in C# as <see cref="ResultsTableHtml"/> writes tables: a chart's table of
/// numbers has a row per period (120 for ten years of months, times five units on a comparison), and drawn by
/// Scriban it was most of an indicator or unit page's rendering. The bytes are those partials/chart.html drew before
/// (the figure, the SVG, and the numbers in a <c>details</c>), without its last line break, which the partial adds.
/// </summary>
public static class ChartHtml
{
    public static string Write(ChartView chart, UiStrings t)
    {
        var title = Html.Escape(chart.Title);
        var cells = chart.Columns?.Count ?? 1;
        using var sb = new PooledText(1024 + chart.Svg.Length + title.Length * 2 + chart.Rows.Count * (64 + cells * 32));
        sb.Append("<figure class=\"figure-block\">\n  <figcaption>").Append(title).Append("</figcaption>\n  ").Append(chart.Svg)
            .Append("\n  <details>\n    <summary>").Append(t.ChartNumbers).Append("</summary>\n")
            .Append("    <div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(title).Append("\">\n")
            .Append("    <table class=\"results\">\n");
        if (chart.Columns is { } columns)
        {
            sb.Append("\n      <thead><tr><th scope=\"col\">").Append(t.Period).Append("</th>");
            foreach (var c in columns) sb.Append("<th scope=\"col\">").Append(Html.Escape(c)).Append("</th>");
            sb.Append("</tr></thead>\n");
        }
        sb.Append("\n      <tbody>\n");
        foreach (var row in chart.Rows)
        {
            sb.Append("\n        <tr><th scope=\"row\">").Append(Html.Escape(row.Label)).Append("</th>");
            if (row.Values is { } values)
                foreach (var v in values) sb.Append("<td class=\"num\">").Append(Html.Escape(v)).Append("</td>");
            else sb.Append("<td class=\"num\">").Append(Html.Escape(row.ValueText)).Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("\n      </tbody>\n    </table>\n    </div>\n  </details>\n</figure>");
        return sb.ToString();
    }
}
