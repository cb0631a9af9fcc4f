using Bantin.Compute;
using Bantin.Compute.Search;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Render.Views;
using Bantin.Sources;

namespace Bantin.Render.Search;

/// <summary>
/// Static search (docs/search.md): the page at <c>paths.search</c> (/tim-kiem/) and the index files beside it. The
/// index is built once, on first use, because both the page (its version) and the output need it.
/// </summary>
public sealed class SearchSite
{
    private readonly SiteConfig _site;
    private readonly SearchFacets _facets;
    private readonly Func<CancellationToken, SearchIndex> _index;
    private readonly Lock _gate = new();
    private SearchFiles? _files;
    private string? _written;
    private (Action<string, byte[]> Write, CancellationToken Cancel)? _deferred;

    public SearchSite(SiteConfig site, SiteIndex index, ViewFactory views, IReadOnlyDictionary<string, RenderedBody> bodies, DataSet data)
        : this(site, SearchFacets.Build(site, index, data), index, views, bodies)
    {
    }

    private SearchSite(SiteConfig site, SearchFacets facets, SiteIndex index, ViewFactory views, IReadOnlyDictionary<string, RenderedBody> bodies)
    {
        _site = site;
        _facets = facets;
        _index = cancel => SearchIndexBuilder.Build(Documents(site, index, views, bodies, facets), cancel);
    }

    /// <summary>
    /// The same search over bodies that changed since its index was made (a preview rebuild after body edits): the
    /// filters depend on front matter only and are kept, the index is made again on first use.
    /// </summary>
    public SearchSite Afresh() => new(this);

    private SearchSite(SearchSite other)
    {
        _site = other._site;
        _facets = other._facets;
        _index = other._index;
    }

    /// <summary>The search page's URL; the page and its index files live under it.</summary>
    public string Url => _site.Urls.SearchPage;

    /// <summary>True for an output file of the search: the page or an index file beside it.</summary>
    public bool Holds(string relativePath) => relativePath.StartsWith(Url, StringComparison.Ordinal);

    /// <summary>The search page shows the index's version (made from every body) and the filters (categories, units, years): it changes with any item or the data.</summary>
    public PageJob Job(SiteIndex index) => new(_site.Urls.SearchPage, "search.html", View, SourceSpan.FileOnly(SiteConfigReader.FileName), null,
        new PageInputs([], DataUse.All, "", [.. index.Articles, .. index.Pages]));

    /// <summary>The index files, with paths relative to the output folder.</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> Files() =>
        Prepare().Files.Select(f => KeyValuePair.Create(_site.Urls.SearchPage + f.Key, f.Value));

    /// <summary>
    /// Makes the index, once; both the page (its version) and the files need it. Cancelled, it throws
    /// <see cref="OperationCanceledException"/> and leaves nothing made, so the next call starts again.
    /// </summary>
    public SearchFiles Prepare(CancellationToken cancel = default)
    {
        lock (_gate) return _files ??= SearchFiles.Create(_index(cancel), _facets);
    }

    /// <summary>
    /// A build's way: makes the index and hands its files to <paramref name="write"/> (output path, bytes) one at a time, keeping only
    /// the version the page shows; once (a second call does nothing). Made before the pages are drawn, the index and its
    /// files (some 250 MB at 100,000 articles) are let go before the pages' memory is taken, instead of living beside it
    /// to the end of the build.
    /// </summary>
    public void WriteTo(Action<string, byte[]> write, CancellationToken cancel = default)
    {
        lock (_gate)
            _written ??= SearchFiles.Write(_index(cancel), _facets, (path, bytes) => write(_site.Urls.SearchPage + path, bytes));
    }

    /// <summary>
    /// The other way for a build: the index is made and written when the search page asks for its version. The page's
    /// job is drawn first, so the index is made on one thread beside the other pages instead of before them all (a
    /// smaller site's way: its time, where a large one's is its memory). The build still calls <see cref="WriteTo"/>
    /// in the files stage, for a site whose templates draw no search page.
    /// </summary>
    public void WriteWhenDrawn(Action<string, byte[]> write, CancellationToken cancel = default) => _deferred = (write, cancel);

    /// <summary>The index's version: of the files written by <see cref="WriteTo"/>, else of those made on first use.</summary>
    private string Version
    {
        get
        {
            if (Volatile.Read(ref _written) is { } written) return written;
            if (_deferred is { } deferred)
            {
                WriteTo(deferred.Write, deferred.Cancel);
                return _written!;
            }
            return Prepare().Version;
        }
    }

    public SearchView View()
    {
        var t = UiStrings.For(_site.Language).Search;
        return new SearchView(
            Kind: "search",
            Title: t.Title,
            Url: _site.Link(_site.Urls.SearchPage),
            Permalink: _site.Permalink(_site.Urls.SearchPage),
            Description: "",
            DataUrl: _site.Link(_site.Urls.SearchPage),
            Version: Version,
            Categories: _facets.Categories.Select(c => new OptionView(c.Key, c.Trail)).ToList(),
            Units: _facets.Units.Select(u => new OptionView(u.Key, u.Trail)).ToList(),
            Years: _facets.Years.Select(y => new OptionView(y.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList());
    }

    /// <summary>Published articles, newest first (so ties in ranking favour recent news), then standalone pages.</summary>
    private static List<SearchDocument> Documents(SiteConfig site, SiteIndex index, ViewFactory views, IReadOnlyDictionary<string, RenderedBody> bodies, SearchFacets facets)
    {
        var categories = facets.Categories.Select((c, i) => (c.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var units = facets.Units.Select((u, i) => (u.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var years = facets.Years.Select((y, i) => (y, i)).ToDictionary(p => p.y, p => p.i);
        var documents = new List<SearchDocument>(index.Articles.Count + index.Pages.Count);
        foreach (var article in index.Articles)
        {
            var card = views.Card(article);
            index.Categories.OfArticle.TryGetValue(article, out var category);
            documents.Add(new SearchDocument(
                Title: card.Title,
                Url: article.Url,
                DateText: card.ShortDate,
                Excerpt: card.Summary,
                Boosted: card.Title + "\n" + string.Join('\n', article.Tags),
                BodyText: PlainText(bodies[article.SourcePath]),
                Category: category is null ? -1 : categories[string.Join('/', category.SlugPath)],
                Unit: article.Unit is { } unit && units.TryGetValue(unit, out var u) ? u : -1,
                Year: years[DateReader.Local(article.Date, site.TimeZone).Year]));
        }
        foreach (var page in index.Pages)
        {
            documents.Add(new SearchDocument(
                Title: page.Title,
                Url: page.Url,
                DateText: "",
                Excerpt: views.Page(page).Description,
                Boosted: page.Title,
                BodyText: PlainText(bodies[page.SourcePath]),
                Category: -1,
                Unit: -1,
                Year: -1));
        }
        return documents;
    }

    /// <summary>Reading the rendered HTML, not the Markdown, makes figures taken from the data searchable too.</summary>
    private static Func<string> PlainText(RenderedBody body) => () => HtmlText.Plain(body.Html);
}
