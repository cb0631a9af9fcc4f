using Bantin.Formatting;
using Bantin.Render.Views;

namespace Bantin.Render.Data;

/// <summary>
/// What the built-in unit-period.html writes, with its partials breadcrumb, results-table, child-figures and links,
/// character for character, written in C#: 11,400 of the 13,000 pages of a federation whose every unit reports monthly
/// are unit × period pages, and Scriban drawing them (the child units' table cell by cell) was a third of a build.
/// Used only while none of those templates is the site's own (<see cref="Templates"/>); a site that overrides one gets
/// what its template says. The layout around the page is still Scriban's. UnitPeriodHtmlTests compare the two.
/// </summary>
public static class UnitPeriodHtml
{
    public const string Template = "unit-period.html";

    /// <summary>The templates this writer stands for: the page's and every partial it includes.</summary>
    public static IReadOnlyList<string> Templates { get; } =
        [Template, "partials/breadcrumb.html", "partials/results-table.html", "partials/child-figures.html", "partials/links.html"];

    // Scriban indents an included template's text by the spaces before its {{ include }}: here "  " or "    ".
    private const string Two = "  ";
    private const string Four = "    ";

    public static void Write(PooledText sb, UnitPeriodView page, SiteView site, UiStrings t)
    {
        sb.Append("<div class=\"wrap\">\n").Append(Two);
        Breadcrumb(new IndentedText(sb, Two), page.Breadcrumb, site, t);
        sb.Append('\n').Append("  <h1 class=\"page-title\">").Append(Html.Escape(page.Title)).Append("</h1>\n");
        if (page.Note is { } note) sb.Append("  <p class=\"note\">").Append(Html.Escape(note)).Append("</p>\n");
        sb.Append(Two);
        using (var table = new PooledText(page.Table.Capacity))
        {
            page.Table.WriteHtml(table);
            new IndentedText(sb, Two).Append(table.Span).Append("\n");
        }
        sb.Append("\n\n").Append(Two);
        ChildFigures(new IndentedText(sb, Two), page.ChildFigures, t);
        sb.Append('\n');
        if (page.Articles.Count > 0)
        {
            sb.Append("\n  <section aria-labelledby=\"period-articles\">\n    <h2 id=\"period-articles\">").Append(t.ReportedIn).Append("</h2>\n\n")
                .Append(Four);
            Links(new IndentedText(sb, Four), page.Articles);
            sb.Append("\n  </section>\n");
        }
        sb.Append('\n');
        if (page.Previous is not null || page.Next is not null) PreviousNext(sb, page.Previous, page.Next, t);
        sb.Append('\n').Append("</div>\n");
    }

    private static void Breadcrumb(IndentedText w, IReadOnlyList<LinkView> crumbs, SiteView site, UiStrings t)
    {
        if (crumbs.Count > 0)
        {
            w.Append("\n<nav class=\"breadcrumb\" aria-label=\"").Append(Html.Escape(t.Breadcrumb)).Append("\">\n  <ol>\n")
                .Append("    <li><a href=\"").Append(Html.Escape(site.BasePath)).Append("\">").Append(t.Home).Append("</a></li>\n");
            foreach (var crumb in crumbs)
            {
                w.Append("\n    <li><a href=\"").Append(Html.Escape(crumb.Url)).Append("\"");
                if (crumb.Current) w.Append(" aria-current=\"page\"");
                w.Append(">").Append(Html.Escape(crumb.Title)).Append("</a></li>\n");
            }
            w.Append("\n  </ol>\n</nav>\n");
        }
        w.Append("\n");
    }

    private static void ChildFigures(IndentedText w, ChildComparisonView? figures, UiStrings t)
    {
        if (figures is not null)
        {
            w.Append("\n<section aria-labelledby=\"children-figures\">\n  <h2 id=\"children-figures\">").Append(t.ChildUnits).Append(" – ")
                .Append(figures.PeriodLabel).Append("</h2>\n")
                .Append("  <div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"children-figures\">\n")
                .Append("  <table class=\"side-by-side\">\n")
                .Append("    <thead><tr><th scope=\"col\">").Append(t.Indicator).Append("</th>");
            foreach (var unit in figures.Units)
                w.Append("<th scope=\"col\"><a href=\"").Append(Html.Escape(unit.Url)).Append("\">").Append(Html.Escape(unit.Title)).Append("</a></th>");
            w.Append("</tr></thead>\n    <tbody>\n");
            foreach (var row in figures.Rows)
            {
                w.Append("\n      <tr><th scope=\"row\"><a href=\"").Append(Html.Escape(row.IndicatorUrl)).Append("\">").Append(Html.Escape(row.Indicator))
                    .Append("</a></th>");
                foreach (var value in row.Values) w.Append("<td class=\"num\">").Append(value).Append("</td>");
                w.Append("</tr>\n");
            }
            w.Append("\n    </tbody>\n  </table>\n  </div>\n</section>\n");
        }
        w.Append("\n");
    }

    private static void Links(IndentedText w, IReadOnlyList<ArticleCardView> cards)
    {
        w.Append("<ul class=\"link-list\">\n");
        foreach (var card in cards)
            w.Append("\n  <li><a href=\"").Append(Html.Escape(card.Url)).Append("\">").Append(Html.Escape(card.Title)).Append("</a> <time datetime=\"")
                .Append(Html.Escape(card.IsoDate)).Append("\">(").Append(card.ShortDate).Append(")</time></li>\n");
        w.Append("\n</ul>\n");
    }

    private static void PreviousNext(PooledText sb, LinkView? previous, LinkView? next, UiStrings t)
    {
        sb.Append("\n  <nav class=\"prev-next\" aria-label=\"").Append(Html.Escape(t.ReportingPeriods)).Append("\">\n");
        if (previous is not null)
            sb.Append("\n    <a class=\"older\" href=\"").Append(Html.Escape(previous.Url)).Append("\" rel=\"prev\"><span>←</span> ").Append(previous.Title).Append("</a>\n");
        sb.Append('\n');
        if (next is not null)
            sb.Append("\n    <a class=\"newer\" href=\"").Append(Html.Escape(next.Url)).Append("\" rel=\"next\"><span>→</span> ").Append(next.Title).Append("</a>\n");
        sb.Append('\n').Append("  </nav>\n");
    }
}
