using System.Collections.Concurrent;
using System.Collections.Immutable;
using Bantin.Compute;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Render;
using Bantin.Render.Data;
using Bantin.Render.Search;

namespace Bantin.Incremental;

/// <summary>
/// What the last full preview build computed from the whole site: its index, its page plan and the views the plan
/// draws from. When a save changed the bodies of some articles, or the text an article prints (title, author,
/// summary), and nothing else, all of it still holds: lists, links, archives and the plan depend on the other front
/// matter alone (<see cref="BodyOnly.InPlace"/>). A rebuild then renders the changed bodies, redraws the pages that
/// show the changed items and does nothing in proportion to the site (<see cref="InPlaceRebuild"/>).
/// </summary>
/// <remarks>
/// Such a rebuild puts the new bodies into <see cref="Bodies"/> and the new reads into <see cref="Views"/>, which
/// the pages read, and keeps the objects of the last build in the index: their other fields are equal to the new
/// ones, and nothing past body rendering reads an item's Markdown. Any other change, and any failed build, drops
/// the whole of it.
/// </remarks>
public sealed class LastBuild
{
    public required TemplateSet Templates { get; init; }
    /// <summary>The data the views draw from; an edit of data values only puts the new data in (<see cref="DataValueRebuild"/>).</summary>
    public required DataSet Data { get; set; }
    public required DateTimeOffset BuildTime { get; init; }

    /// <summary>The first time after <see cref="BuildTime"/> at which an article changes from scheduled to published.</summary>
    public required DateTimeOffset StableUntil { get; init; }

    /// <summary>Every article and page read, published or not, by source path; a body-only rebuild puts its new reads in.</summary>
    public required Dictionary<string, ContentItem> Sources { get; init; }

    /// <summary>The published articles and pages, by source path: the objects the index, plan and versions hold.</summary>
    public required Dictionary<string, ContentItem> Shown { get; init; }

    public required SiteIndex Index { get; init; }
    public required ConcurrentDictionary<string, RenderedBody> Bodies { get; init; }
    public required TemplateRunner Runner { get; init; }
    public required DataViewFactory DataViews { get; set; }

    /// <summary>The data pages the plan's jobs draw: an edit of data values only makes them draw from the new figures.</summary>
    public required DataPages DataPages { get; init; }
    public required ViewFactory Views { get; init; }
    public required IReadOnlyList<PageJob> Plan { get; set; }
    public required Dictionary<object, ItemVersion> Versions { get; init; }
    public required SearchSite Search { get; init; }

    /// <summary>
    /// The published articles as last read, with their Markdown, by URL: what the preview checks the prose of. Replaced,
    /// never changed, by a body-only rebuild, so a page being served reads one build's articles.
    /// </summary>
    public required ImmutableDictionary<string, Article> Articles { get; set; }

    /// <summary>The published articles by URL, for <see cref="Articles"/>.</summary>
    public static ImmutableDictionary<string, Article> ByUrl(IEnumerable<Article> articles)
    {
        var byUrl = ImmutableDictionary.CreateBuilder<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles) byUrl[article.Url] = article;
        return byUrl.ToImmutable();
    }

    /// <summary>
    /// As <see cref="ByUrl(IEnumerable{Article})"/>, made from the last build's map: a rebuild changes a few articles of
    /// thousands, and making the map afresh on every date, category or tag edit cost milliseconds of it.
    /// </summary>
    public static ImmutableDictionary<string, Article> ByUrl(IReadOnlyList<Article> articles, ImmutableDictionary<string, Article>? last)
    {
        if (last is null) return ByUrl(articles);
        var byUrl = last.ToBuilder();
        var urls = new HashSet<string>(articles.Count, StringComparer.Ordinal);
        // In order, as ByUrl: of two articles on one URL the later one stands.
        foreach (var article in articles)
        {
            urls.Add(article.Url);
            if (!byUrl.TryGetValue(article.Url, out var known) || !ReferenceEquals(known, article)) byUrl[article.Url] = article;
        }
        if (byUrl.Count != urls.Count) byUrl.RemoveRange(byUrl.Keys.Where(url => !urls.Contains(url)).ToList());
        return byUrl.ToImmutable();
    }

    /// <summary>
    /// The files that changed, each with its new read and the object the index holds for it (null when unpublished),
    /// when every change since this build was an in-place edit of an existing article or page; otherwise null.
    /// </summary>
    public IReadOnlyList<(string Path, ContentItem? Shown, ContentItem Source)>? InPlaceEdits(string siteRoot, FileProbe probe, ContentMemory content,
        TemplateSet templates, DataSet data, DateTimeOffset buildTime)
    {
        if (probe.Changed is not { Count: > 0 } changed || !ReferenceEquals(templates, Templates) || !ReferenceEquals(data, Data)) return null;
        // Scheduling moves with the clock: an article whose time came is published, which changes lists.
        if (buildTime < BuildTime || buildTime >= StableUntil) return null;
        var root = Path.GetFullPath(siteRoot) + Path.DirectorySeparatorChar;
        var edits = new List<(string, ContentItem?, ContentItem)>(changed.Count);
        foreach (var full in changed)
        {
            if (!full.StartsWith(root, StringComparison.Ordinal)) return null;
            var path = full[root.Length..].Replace(Path.DirectorySeparatorChar, '/');
            if (!Sources.TryGetValue(path, out var before) || content.Current(path) is not { } after || !BodyOnly.InPlace(before, after)) return null;
            edits.Add((path, Shown.GetValueOrDefault(path), after));
        }
        return edits;
    }

    /// <summary>The next time an article's publishing state changes by the clock alone (a scheduled article's date).</summary>
    public static DateTimeOffset NextScheduled(IEnumerable<Article> articles, DateTimeOffset buildTime)
    {
        var next = DateTimeOffset.MaxValue;
        foreach (var article in articles)
            if (!article.Draft && article.Date > buildTime && article.Date < next) next = article.Date;
        return next;
    }
}
