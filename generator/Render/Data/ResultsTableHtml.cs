using System.Text;
using Bantin.Formatting;
using Bantin.Render.Views;

namespace Bantin.Render.Data;

/// <summary>
/// The results table as HTML, written in C#: it is the largest thing on most data pages, and drawn by Scriban it was
/// most of their rendering time and garbage. The default partials/results-table.html prints it as <c>table.html</c>;
/// a site's own partial can still draw <c>table.rows</c> itself (docs/templates.md).
/// Columns as Vietnamese reports have them, each only where some row has a value for it: Chỉ tiêu | Kế hoạch năm |
/// Thực hiện kỳ này | Lũy kế từ đầu năm | % kế hoạch năm | Cùng kỳ năm trước | So với cùng kỳ.
/// </summary>
public static class ResultsTableHtml
{
    /// <param name="yearTargets">Every target shown is a calendar year's: the columns say "Kế hoạch năm".</param>
    public static string Write(string caption, IReadOnlyList<ResultRowView> rows, bool anyComputed, UiStrings t, ReportStrings r,
        bool yearTargets = false, string? csvUrl = null, string? jsonUrl = null)
    {
        // About 650 characters a row with every column: sized so that the builder never grows (a grown one is garbage).
        using var sb = new PooledText(Capacity(rows.Count));
        Write(sb, caption, rows, anyComputed, t, r, yearTargets, csvUrl, jsonUrl);
        return sb.ToString();
    }

    /// <summary>A buffer size that holds the table of so many rows without growing.</summary>
    public static int Capacity(int rows) => 1024 + rows * 768;

    /// <summary>The table appended to <paramref name="sb"/>: a page written in C# takes it without a string of its own.</summary>
    public static void Write(PooledText sb, string caption, IReadOnlyList<ResultRowView> rows, bool anyComputed, UiStrings t, ReportStrings r,
        bool yearTargets = false, string? csvUrl = null, string? jsonUrl = null)
    {
        var showTargets = rows.Any(row => row.Targets.Count > 0);
        // A column of nothing but "—" tells the reader nothing (a month whose earlier months report other indicators).
        var showToDate = rows.Any(row => row.ToDateText is { } text && text != NumberFormatter.NotReported);
        var showLastYear = rows.Any(row => row.LastYearText is { } text && text != NumberFormatter.NotReported);
        var targetHead = yearTargets ? r.YearTarget : t.Target;
        var achievementHead = yearTargets ? r.YearAchievement : t.Achievement;
        var escapedCaption = Html.Escape(caption);
        sb.Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(escapedCaption).Append("\">\n")
            .Append("<table class=\"results stack\">\n")
            .Append("  <caption>").Append(escapedCaption).Append("</caption>\n")
            .Append("  <thead>\n")
            .Append("    <tr><th scope=\"col\">").Append(t.Indicator).Append("</th>");
        if (showTargets) Head(sb, targetHead);
        Head(sb, r.ThisPeriod);
        if (showToDate) Head(sb, r.ToDate);
        if (showTargets) Head(sb, achievementHead);
        if (showLastYear) { Head(sb, r.LastYear); Head(sb, r.Change); }
        sb.Append("</tr>\n")
            .Append("  </thead>\n")
            .Append("  <tbody>\n");
        foreach (var row in rows)
        {
            sb.Append("    <tr>\n")
                .Append("      <th scope=\"row\"><a href=\"").Append(Html.Escape(row.IndicatorUrl)).Append("\">").Append(Html.Escape(row.Indicator))
                .Append("</a> <span class=\"note\">(").Append(Html.Escape(row.Measure)).Append(")</span></th>\n");
            if (showTargets) Targets(sb, row, targetHead);
            Result(sb, row, t, r);
            if (showToDate) Cell(sb, r.ToDate, row.ToDateText ?? row.ResultText);
            if (showTargets)
            {
                Open(sb, achievementHead);
                if (row.Targets.Count == 0) sb.Append('—');
                foreach (var target in row.Targets) sb.Append(Html.Escape(target.AchievementText)).Append("<br>");
                sb.Append("</td>\n");
            }
            if (showLastYear)
            {
                Cell(sb, r.LastYear, row.LastYearText ?? NumberFormatter.NotReported);
                Cell(sb, r.Change, row.ChangeText ?? NumberFormatter.NotReported);
            }
            sb.Append("    </tr>\n");
        }
        sb.Append("  </tbody>\n")
            .Append("</table>\n")
            .Append("</div>");
        if (anyComputed) sb.Append('\n').Append("<p class=\"note\">").Append(t.ComputedMark).Append(' ').Append(t.ComputedNote).Append("</p>");
        if (csvUrl is not null && jsonUrl is not null)
            sb.Append('\n').Append("<p class=\"downloads\"><a href=\"").Append(Html.Escape(csvUrl)).Append("\" download>").Append(r.DownloadCsv)
                .Append("</a> · <a href=\"").Append(Html.Escape(jsonUrl)).Append("\" download>").Append(r.DownloadJson).Append("</a></p>");
    }

    private static void Head(PooledText sb, string text) => sb.Append("<th scope=\"col\">").Append(text).Append("</th>");

    private static PooledText Open(PooledText sb, string label) => sb.Append("      <td class=\"num\" data-label=\"").Append(label).Append("\">");

    private static void Cell(PooledText sb, string label, string text) => Open(sb, label).Append(Html.Escape(text)).Append("</td>\n");

    private static void Targets(PooledText sb, ResultRowView row, string label)
    {
        Open(sb, label);
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
    }

    private static void Result(PooledText sb, ResultRowView row, UiStrings t, ReportStrings r)
    {
        Open(sb, r.ThisPeriod).Append(row.ResultText);
        if (row.RateText is not null) sb.Append(" <span class=\"note\">(").Append(row.RateText).Append(")</span>");
        if (row.Computed) sb.Append(" <span class=\"computed\">").Append(t.ComputedMark).Append("</span>");
        if (row.ShareText is not null) sb.Append(" <span class=\"partial\">(").Append(Html.Escape(row.ShareText)).Append(")</span>");
        // Written out, not a title attribute: a phone has no hover, and a reader must see which figures may still move.
        if (row.RevisionText is not null) sb.Append(" <span class=\"revision\">(").Append(Html.Escape(row.RevisionText)).Append(")</span>");
        foreach (var part in row.Breakdown)
            sb.Append("<br><span class=\"note\">").Append(Html.Escape(part.Name)).Append(": ").Append(part.ValueText).Append("</span>");
        sb.Append("</td>\n");
    }
}
