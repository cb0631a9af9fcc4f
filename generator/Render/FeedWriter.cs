using System.Text;
using System.Xml;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;

namespace Bantin.Render;

/// <summary>RSS 2.0 of the newest articles, and sitemap.xml; written with XmlWriter so escaping is always right.</summary>
public static class FeedWriter
{
    public const int FeedSize = 20;

    /// <param name="latest">The article's newest read, for the text it prints (a preview rebuild may have read it again).</param>
    public static string Rss(SiteConfig site, IReadOnlyList<Article> newestFirst, Func<Article, Article> latest, Func<Article, string> summary, Func<Article, string?> category)
    {
        return Write(w =>
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            w.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
            w.WriteStartElement("channel");
            w.WriteElementString("title", XmlText.Valid(site.Title));
            w.WriteElementString("link", site.BaseUrl);
            w.WriteElementString("description", XmlText.Valid(site.Tagline.Length > 0 ? site.Tagline : site.Title));
            w.WriteElementString("language", site.Language == Language.En ? "en" : "vi");
            w.WriteElementString("generator", "Bantin");
            w.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            w.WriteAttributeString("href", site.Permalink("feed.xml"));
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            if (newestFirst.Count > 0)
                w.WriteElementString("lastBuildDate", DateText.Rfc822(Local(site, newestFirst[0])));
            foreach (var article in newestFirst.Take(FeedSize))
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", XmlText.Valid(latest(article).Title));
                w.WriteElementString("link", site.Permalink(article.Url));
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(site.Permalink(article.Url));
                w.WriteEndElement();
                w.WriteElementString("pubDate", DateText.Rfc822(Local(site, article)));
                if (latest(article).Author is { } author) w.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", XmlText.Valid(author));
                if (category(article) is { } name) w.WriteElementString("category", XmlText.Valid(name));
                w.WriteElementString("description", XmlText.Valid(summary(article)));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    public static string Sitemap(SiteConfig site, IEnumerable<PageJob> pages)
    {
        return Write(w =>
        {
            w.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages)
            {
                w.WriteStartElement("url");
                w.WriteElementString("loc", site.Permalink(page.Url));
                if (page.LastModified is { } date)
                    w.WriteElementString("lastmod", DateText.Iso(TimeZoneInfo.ConvertTime(date, site.TimeZone)));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    private static DateTimeOffset Local(SiteConfig site, Article article) => TimeZoneInfo.ConvertTime(article.Date, site.TimeZone);

    private static string Write(Action<XmlWriter> body)
    {
        // The declaration goes in first and the text is copied out once: the sitemap of 150,000 pages is some 45 MB
        // as a string, and adding the declaration after it made two more copies.
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) };
        using (var w = XmlWriter.Create(sb, settings)) body(w);
        return sb.Append('\n').ToString();
    }
}
