using Bantin.Compute;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Render.Data;
using Bantin.Render.Views;
using Bantin.Sources;

namespace Bantin.Render;

/// <summary>Turns the computed site into the small view records templates see; templates never see the model itself.</summary>
public sealed class ViewFactory
{
    /// <summary>Characters of a lead paragraph that lists and meta descriptions show (<see cref="Shorten"/>).</summary>
    public const int SummaryLength = 320;
    private const int PagerWindow = 2;

    private readonly SiteConfig _site;
    private readonly SiteIndex _index;
    private readonly IReadOnlyDictionary<string, RenderedBody> _bodies;
    private readonly UiStrings _t;
    // Made on first use: a preview rebuild draws a handful of pages and needs only their cards.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Article, ArticleCardView> _cards = new();
    private readonly Dictionary<string, Tag> _tagsBySlug;
    // A preview rebuild's newer reads of articles the index holds (BodyOnly.InPlace): changed between builds only.
    private readonly Dictionary<Article, Article> _reads = new();

    // Replaced between builds only, by a preview rebuild after an edit of data values (Refigure).
    private DataViewFactory _data;
    private readonly DateTimeOffset _buildTime;

    public ViewFactory(SiteConfig site, SiteIndex index, IReadOnlyDictionary<string, RenderedBody> bodies, DataViewFactory data, DateTimeOffset buildTime)
    {
        _data = data;
        _buildTime = buildTime;
        _site = site;
        _index = index;
        _bodies = bodies;
        _t = UiStrings.For(site.Language);
        _tagsBySlug = index.Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        Site = CreateSite();
    }

    public SiteView Site { get; }

    public ArticleCardView Card(Article article) => _cards.GetOrAdd(article, CreateCard);

    /// <summary>
    /// A preview rebuild read <paramref name="shown"/>'s file again and only its body, title, author or summary
    /// changed: views print those from <paramref name="read"/>, while lists and lookups keep the object the index holds.
    /// </summary>
    /// <remarks>Not while pages are drawn: the preview calls it between builds.</remarks>
    public void Reread(Article shown, Article read)
    {
        _reads[shown] = read;
        _cards.TryRemove(shown, out _);
    }

    /// <summary>
    /// A preview rebuild changed data values only (every result still at its unit, indicator and period): the
    /// headlines and figure links draw from <paramref name="data"/>, the figures after the edit.
    /// </summary>
    /// <remarks>Not while pages are drawn: the preview calls it between builds.</remarks>
    public void Refigure(DataViewFactory data) => _data = data;

    /// <summary>The newest read of an article the index holds: itself, unless a preview rebuild read it again.</summary>
    public Article Latest(Article shown) => _reads.Count > 0 && _reads.TryGetValue(shown, out var read) ? read : shown;

    public string Summary(Article article) =>
        Latest(article).Summary ?? Shorten(_bodies.TryGetValue(article.SourcePath, out var body) ? body.FirstParagraph : "");

    public ArticleView Article(int position)
    {
        var article = _index.Articles[position];
        var text = Latest(article);
        _index.Categories.OfArticle.TryGetValue(article, out var category);
        var neighbours = Neighbours.For(position, _index.Articles, category);
        return new ArticleView(
            Kind: "article",
            Title: text.Title,
            Url: _site.Link(article.Url),
            Permalink: _site.Permalink(article.Url),
            Description: Summary(article),
            DateText: DateText.Long(DateReader.Local(article.Date, _site.TimeZone), _site.Language),
            IsoDate: DateText.Iso(TimeZoneInfo.ConvertTime(article.Date, _site.TimeZone)),
            Author: text.Author,
            Breadcrumb: category is null ? [] : category.Trail().Select(c => new LinkView(c.Name, _site.Link(c.Url))).ToList(),
            Tags: TagIndex.SlugsOf(article)
                .Select(slug => _tagsBySlug[slug])
                .Select(t => new LinkView(t.Name, _site.Link(t.Url))).ToList(),
            Content: _bodies[article.SourcePath].Html,
            ImageUrl: ImageUrl(article),
            ImagePermalink: ImagePermalink(article),
            JsonLd: NewsArticleJson(article),
            Figures: FiguresLink(article),
            Older: neighbours.Older is { } older ? new LinkView(Latest(older).Title, _site.Link(older.Url)) : null,
            Newer: neighbours.Newer is { } newer ? new LinkView(Latest(newer).Title, _site.Link(newer.Url)) : null,
            SameCategory: neighbours.SameCategory.Select(Card).ToList(),
            Others: neighbours.Others.Select(Card).ToList(),
            Badge: Badge(article));
    }

    private BadgeView? Badge(Article article) => Publishing.StateOf(article, _buildTime) switch
    {
        PublishState.Draft => new BadgeView("draft", _t.Draft),
        PublishState.Scheduled => new BadgeView("scheduled", _t.Scheduled),
        _ => null,
    };

    /// <summary>An article that reports on a unit and period links to that period's results page.</summary>
    /// <remarks>The only thing of the data an article page shows outside its body (the plan keys the page by it).</remarks>
    public LinkView? FiguresLink(Article article)
    {
        if (article.Unit is null || article.Period is null || _data.Data.Unit(article.Unit) is null) return null;
        if (!Model.Periods.Period.TryParse(article.Period, out var period, out _)) return null;
        if (!_data.HasPage(article.Unit, period)) return null; // no results yet: no page to link to
        return new LinkView($"{_data.UnitName(article.Unit)} – {period.Label(_site.Language)}", _site.Link(_data.UnitPeriodUrl(article.Unit, period)));
    }

    public IReadOnlyList<HeadlineView> Headlines() =>
        _site.HomeUnit is { } home && _data.Data.Unit(home) is not null ? _data.Headlines(home) : [];

    public ListView List(string kind, string title, string description, PageSlice<Article> slice,
        IReadOnlyList<LinkView> breadcrumb, IReadOnlyList<LinkView> children, IReadOnlyList<HeadlineView>? headlines = null) => new(
        Kind: kind,
        Title: title,
        Url: _site.Link(slice.Url),
        Permalink: _site.Permalink(slice.Url),
        Description: description,
        Breadcrumb: breadcrumb,
        Items: slice.Items.Select(Card).ToList(),
        Pager: Pager(slice),
        Children: children,
        Headlines: headlines ?? []);

    public TagIndexView TagIndexPage() => new(
        Kind: "tags",
        Title: _t.AllTags,
        Url: _site.Link(_site.Urls.TagIndex),
        Permalink: _site.Permalink(_site.Urls.TagIndex),
        Description: "",
        Tags: _index.Tags.Select(t => new TagLinkView(t.Name, _site.Link(t.Url), t.Articles.Count)).ToList());

    public PageView Page(Page page) => new(
        Kind: "page",
        Title: page.Title,
        Url: _site.Link(page.Url),
        Permalink: _site.Permalink(page.Url),
        Description: page.Summary ?? Shorten(_bodies[page.SourcePath].FirstParagraph),
        Content: _bodies[page.SourcePath].Html);

    public PageView NotFound() => new("404", _t.NotFoundTitle, _site.Link("404.html"), _site.Permalink("404.html"), "", "");

    /// <summary>The image as an absolute URL: link previews (Zalo, Facebook) fetch it from outside the site.</summary>
    public string? ImagePermalink(Article article) =>
        ImageUrl(article) is not { } url ? null : url.StartsWith('/') ? new Uri(new Uri(_site.BaseUrl), url).AbsoluteUri : url;

    /// <summary>schema.org NewsArticle, so search engines show the headline, date and publisher.</summary>
    /// <remarks>Written by hand, keys in ordinal order: reflection-based serialization is not available in the
    /// Native AOT build.</remarks>
    public string NewsArticleJson(Article article)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer, JsonLdOptions))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "NewsArticle");
            if (Latest(article).Author is { } author) Named(w, "author", "Person", author);
            w.WriteString("datePublished", DateText.Iso(TimeZoneInfo.ConvertTime(article.Date, _site.TimeZone)));
            w.WriteString("description", Summary(article));
            w.WriteString("headline", Latest(article).Title);
            if (ImagePermalink(article) is { } image) w.WriteString("image", image);
            w.WriteString("inLanguage", _site.Language == Language.En ? "en" : "vi");
            w.WriteString("mainEntityOfPage", _site.Permalink(article.Url));
            Named(w, "publisher", "Organization", _site.Title);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Named(System.Text.Json.Utf8JsonWriter w, string key, string type, string name)
    {
        w.WriteStartObject(key);
        w.WriteString("@type", type);
        w.WriteString("name", name);
        w.WriteEndObject();
    }

    // Vietnamese stays readable; '<', '>' and '&' are still escaped, so the JSON can never close its <script>.
    private static readonly System.Text.Json.JsonWriterOptions JsonLdOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public string? ImageUrl(Article article) =>
        article.Image is null ? null
        : MarkdownRenderer.IsLocal(article.Image) ? _site.Link(article.Url + article.Image)
        : article.Image;

    private PagerView Pager(PageSlice<Article> slice)
    {
        var links = new List<LinkView>();
        for (var n = 1; n <= slice.PageCount; n++)
        {
            var near = Math.Abs(n - slice.Number) <= PagerWindow || n == 1 || n == slice.PageCount;
            if (near) links.Add(new LinkView(n.ToString(), _site.Link(UrlScheme.Paged(slice.ListUrl, n)), n == slice.Number));
        }
        return new PagerView(
            Total: slice.Total,
            Page: slice.Number,
            PageCount: slice.PageCount,
            Line: UiStrings.PagerLine(_site.Language, Formatting.NumberFormatter.Format(slice.Total, _site.Language), slice.Number, slice.PageCount),
            PreviousUrl: slice.Number > 1 ? _site.Link(UrlScheme.Paged(slice.ListUrl, slice.Number - 1)) : null,
            NextUrl: slice.Number < slice.PageCount ? _site.Link(UrlScheme.Paged(slice.ListUrl, slice.Number + 1)) : null,
            Pages: links);
    }

    private ArticleCardView CreateCard(Article article)
    {
        var local = DateReader.Local(article.Date, _site.TimeZone);
        _index.Categories.OfArticle.TryGetValue(article, out var category);
        var size = article.Image is { } image ? _data.Images.SizeOf(article.SourcePath, image) : null;
        return new ArticleCardView(
            Title: Latest(article).Title,
            Url: _site.Link(article.Url),
            DateText: DateText.Long(local, _site.Language),
            ShortDate: DateText.Short(local, _site.Language),
            IsoDate: DateText.Iso(TimeZoneInfo.ConvertTime(article.Date, _site.TimeZone)),
            Summary: Summary(article),
            ImageUrl: ImageUrl(article),
            ImageWidth: size?.Width,
            ImageHeight: size?.Height,
            CategoryName: category?.Name,
            CategoryUrl: category is null ? null : _site.Link(category.Url),
            Badge: Badge(article));
    }

    private SiteView CreateSite() => new(
        Title: _site.Title,
        Tagline: _site.Tagline,
        BaseUrl: _site.BaseUrl,
        BasePath: _site.BasePath,
        Language: _site.Language == Language.En ? "en" : "vi",
        Locale: _site.Language == Language.En ? "en_US" : "vi_VN",
        Nav: _index.Categories.Roots.Select(c => new LinkView(c.Name, _site.Link(c.Url))).ToList(),
        Pages: _index.Pages.Select(p => new LinkView(p.Title, _site.Link(p.Url))).ToList(),
        FeedUrl: _site.Link("feed.xml"),
        // Empty while no article has a tag: the theme then leaves out its link to the list of tags, which an empty
        // site would not have (a broken link on day one).
        TagsUrl: _index.Tags.Count > 0 ? _site.Link(_site.Urls.TagIndex) : "",
        SearchUrl: _site.Link(_site.Urls.SearchPage),
        AssetsUrl: _site.Link("assets/"),
        CopyrightYear: _index.Articles.Count > 0 ? DateReader.Local(_index.Articles[0].Date, _site.TimeZone).Year : 2000);

    /// <summary>Cuts a long lead paragraph at a word boundary for lists and meta descriptions.</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= SummaryLength) return text;
        var cut = text.LastIndexOf(' ', SummaryLength);
        return text[..(cut > SummaryLength / 2 ? cut : SummaryLength)].TrimEnd(',', ';', ':', ' ') + " …";
    }
}
