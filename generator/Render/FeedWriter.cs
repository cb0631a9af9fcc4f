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

    /// <summary>The sitemap as the UTF-8 bytes of its file: some 23 MB at 150,000 pages, where its text was twice that.</summary>
    public static byte[] Sitemap(SiteConfig site, IEnumerable<PageJob> pages)
    {
        return WriteUtf8(w =>
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

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private static XmlWriterSettings Settings() =>
        new() { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) };

    /// <summary>The same XML as <see cref="Write"/>, encoded as it is written: no string, no builder of the whole text.</summary>
    private static byte[] WriteUtf8(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes(Declaration));
        using (var w = XmlWriter.Create(stream, Settings())) body(w);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string Write(Action<XmlWriter> body)
    {
        // The declaration goes in first (the writer's own would name the builder's UTF-16), and the text is copied out once.
        var sb = new StringBuilder(Declaration);
        using (var w = XmlWriter.Create(sb, Settings())) body(w);
        return sb.Append('\n').ToString();
    }
}
