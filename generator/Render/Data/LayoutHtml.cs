using System.Globalization;
using Bantin.Formatting;
using Bantin.Render.Views;

namespace Bantin.Render.Data;

/// <summary>
/// What the built-in layout.html writes around a unit × period page, with its partials header and footer, character for
/// character: with <see cref="UnitPeriodHtml"/> the 11,400 unit × period pages of a federation reporting monthly are
/// written without Scriban. Used only while these templates are the theme's (<see cref="Templates"/>); only for pages
/// that are neither the home page nor an article (their head has more). LayoutHtmlTests compare it with Scriban.
/// </summary>
public static class LayoutHtml
{
    /// <summary>The templates this writer stands for.</summary>
    public static IReadOnlyList<string> Templates { get; } = [PageRenderer.Layout, "partials/header.html", "partials/footer.html"];

    /// <summary>Everything before the page's own text.</summary>
    public static void Head(PooledText sb, UnitPeriodView page, SiteView site, UiStrings t)
    {
        var siteTitle = Html.Escape(site.Title);
        var assets = Html.Escape(site.AssetsUrl);
        var permalink = Html.Escape(page.Permalink);
        var title = Html.Escape(page.Title);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Html.Escape(site.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append(" – ").Append(siteTitle).Append("</title>\n");
        if (page.Description != "") sb.Append("\n<meta name=\"description\" content=\"").Append(Html.Escape(page.Description)).Append("\">\n");
        sb.Append("\n<link rel=\"canonical\" href=\"").Append(permalink).Append("\">\n")
            .Append("<meta property=\"og:site_name\" content=\"").Append(siteTitle).Append("\">\n")
            .Append("<meta property=\"og:locale\" content=\"").Append(Html.Escape(site.Locale)).Append("\">\n")
            .Append("<meta property=\"og:url\" content=\"").Append(permalink).Append("\">\n")
            .Append("<meta property=\"og:title\" content=\"").Append(title).Append("\">\n");
        if (page.Description != "") sb.Append("\n<meta property=\"og:description\" content=\"").Append(Html.Escape(page.Description)).Append("\">\n");
        sb.Append('\n')
            .Append("\n<meta property=\"og:type\" content=\"website\">\n<meta name=\"twitter:card\" content=\"summary\">\n")
            .Append("\n<link rel=\"icon\" href=\"").Append(assets).Append("favicon-32.png\" sizes=\"32x32\" type=\"image/png\">\n")
            .Append("<link rel=\"icon\" href=\"").Append(assets).Append("favicon.svg\" type=\"image/svg+xml\">\n")
            .Append("<link rel=\"apple-touch-icon\" href=\"").Append(assets).Append("apple-touch-icon.png\">\n")
            .Append("<link rel=\"manifest\" href=\"").Append(assets).Append("site.webmanifest\">\n")
            .Append("<meta name=\"theme-color\" content=\"#0b4a8b\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(assets).Append("style.css\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(assets).Append("print.css\" media=\"print\">\n")
            .Append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").Append(siteTitle).Append("\" href=\"").Append(Html.Escape(site.FeedUrl)).Append("\">\n")
            .Append("<script src=\"").Append(assets).Append("site.js\"></script>\n")
            .Append("</head>\n<body class=\"kind-").Append(Html.Escape(page.Kind)).Append("\">\n")
            .Append("<a class=\"skip-link\" href=\"#main\">").Append(t.SkipToContent).Append("</a>\n");
        Header(sb, page, site, t);
        sb.Append("\n<main id=\"main\" tabindex=\"-1\">\n");
    }

    /// <summary>Everything after the page's own text.</summary>
    public static void Tail(PooledText sb, SiteView site, UiStrings t)
    {
        sb.Append("\n</main>\n");
        Footer(sb, site, t);
        sb.Append("\n</body>\n</html>\n");
    }

    private static void Header(PooledText sb, UnitPeriodView page, SiteView site, UiStrings t)
    {
        var basePath = Html.Escape(site.BasePath);
        sb.Append("<header class=\"site-header\">\n  <div class=\"wrap header-row\">\n    <div class=\"brand\">\n")
            .Append("      <a class=\"site-title\" href=\"").Append(basePath).Append("\">").Append(Html.Escape(site.Title)).Append("</a>\n");
        if (site.Tagline != "") sb.Append("\n      <p class=\"tagline\">").Append(Html.Escape(site.Tagline)).Append("</p>\n");
        sb.Append("\n    </div>\n")
            .Append("    <form class=\"search-box\" role=\"search\" action=\"").Append(Html.Escape(site.SearchUrl)).Append("\" method=\"get\">\n")
            .Append("      <label class=\"visually-hidden\" for=\"search-box-q\">").Append(t.Search.Label).Append("</label>\n")
            .Append("      <input id=\"search-box-q\" type=\"search\" name=\"q\" placeholder=\"").Append(Html.Escape(t.Search.Label)).Append("\">\n")
            .Append("      <button type=\"submit\">").Append(t.Search.Button).Append("</button>\n")
            .Append("    </form>\n    <div class=\"font-size\" data-font-size hidden>\n")
            .Append("      <span>").Append(t.FontSize).Append("</span>\n")
            .Append("      <button type=\"button\" data-font=\"up\">A+<span class=\"visually-hidden\"> ").Append(t.FontLarger).Append("</span></button>\n")
            .Append("      <button type=\"button\" data-font=\"down\">A-<span class=\"visually-hidden\"> ").Append(t.FontSmaller).Append("</span></button>\n")
            .Append("    </div>\n  </div>\n")
            .Append("  <nav class=\"site-nav\" aria-label=\"").Append(Html.Escape(t.MainNavigation)).Append("\">\n    <ul class=\"wrap\">\n")
            .Append("      <li><a href=\"").Append(basePath).Append("\">").Append(t.Home).Append("</a></li>\n");
        foreach (var link in site.Nav)
        {
            sb.Append("\n      <li><a href=\"").Append(Html.Escape(link.Url)).Append("\"");
            if (page.Url == link.Url) sb.Append(" aria-current=\"page\"");
            sb.Append(">").Append(Html.Escape(link.Title)).Append("</a></li>\n");
        }
        sb.Append("\n    </ul>\n  </nav>\n</header>\n");
    }

    private static void Footer(PooledText sb, SiteView site, UiStrings t)
    {
        var siteTitle = Html.Escape(site.Title);
        sb.Append("<footer class=\"site-footer\">\n  <div class=\"wrap\">\n    <p><strong>").Append(siteTitle).Append("</strong>");
        if (site.Tagline != "") sb.Append(" – ").Append(Html.Escape(site.Tagline));
        sb.Append("</p>\n    <ul class=\"footer-links\">\n");
        foreach (var link in site.Pages)
            sb.Append("\n      <li><a href=\"").Append(Html.Escape(link.Url)).Append("\">").Append(Html.Escape(link.Title)).Append("</a></li>\n");
        sb.Append("\n      ");
        if (site.TagsUrl != "") sb.Append("<li><a href=\"").Append(Html.Escape(site.TagsUrl)).Append("\">").Append(t.AllTags).Append("</a></li>");
        sb.Append("\n      <li><a href=\"").Append(Html.Escape(site.FeedUrl)).Append("\">").Append(t.Feed).Append("</a></li>\n")
            .Append("    </ul>\n    <p class=\"small\">© ").Append(site.CopyrightYear.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(siteTitle)
            .Append(" · ").Append(t.PoweredBy).Append("</p>\n  </div>\n</footer>\n");
    }
}
