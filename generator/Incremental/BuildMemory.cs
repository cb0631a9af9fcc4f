using Bantin.Compute.Data;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Diagnostics;
using Bantin.Output;
using Bantin.Render;
using Bantin.Render.Data;
using Bantin.Sources;

namespace Bantin.Incremental;

/// <summary>
/// What a preview session keeps from one build to the next, so that a rebuild redoes only what a change touched:
/// files are re-read by stamp, bodies re-rendered when their inputs changed, pages re-drawn when their
/// <see cref="PageKey"/> changed, and files written only when their bytes changed. A build given no memory is a
/// full build; a build given memory must produce the same bytes (the incremental tests check this).
/// </summary>
/// <remarks>Not thread-safe between builds: one build at a time uses it (the preview builds one at a time).</remarks>
public sealed class BuildMemory : IContentCache
{
    private string? _siteKey;
    private string? _siteWide;
    private long _siteVersion;
    private Dictionary<string, PageKey> _pages = new(StringComparer.Ordinal);
    private (DataSet Data, DataViewFactory Views)? _dataViews;
    private (string[] Urls, DateTimeOffset?[] Dates, byte[] Xml)? _sitemap;
    // The data version of each unit when the last good build wrote its downloads (CSV and JSON).
    private Dictionary<string, long> _downloads = new(StringComparer.Ordinal);

    private Func<CancellationToken, int>? _deferred;

    /// <summary>
    /// Lets a rebuild write the search index after the pages: it changes with every edit and costs a second at
    /// 10,000 articles, while the editor waits for one page. <see cref="RunDeferred"/> writes it; until then the
    /// search files are the last ones written, and the next good build replaces the work with its own.
    /// </summary>
    public bool DeferSearch { get; init; }

    public FolderCache<TemplateSet> Templates { get; } = new();

    public FolderCache<DataSet> Data { get; } = new();

    public DataVersions DataVersions { get; } = new();

    /// <summary>The results and targets files as last read: a data edit re-reads the files it touched.</summary>
    public DataFileMemory DataFiles { get; } = new();

    public ContentMemory Content { get; } = new();

    public BodyMemory Bodies { get; } = new();

    public ItemVersions Versions { get; } = new();

    /// <summary>The findings of checking the files beside each body, kept while those files and the body are the same.</summary>
    public LocalFileChecks FileChecks { get; } = new();

    /// <summary>The last build's URL claims: the same claims, all accepted then, need not be made again.</summary>
    public ClaimMemory Claims { get; } = new();

    public WrittenFiles Output { get; } = new();

    /// <summary>The full paths of the images beside the sources, joined once.</summary>
    public FullPaths Paths { get; } = new();

    public FileProbe Files { get; } = new();

    string[] IContentCache.List(string siteRoot, Func<string[]> enumerate, Func<string, bool> isContent) =>
        Content.Files(siteRoot, Files, enumerate, isContent);

    ContentItem?[] IContentCache.ReadAll(string siteRoot, string[] files, ContentReader reader, DiagnosticBag bag) =>
        Content.ReadAll(siteRoot, files, Files, reader, bag);

    /// <summary>What the last full build computed, while only bodies changed since; null when it cannot be trusted.</summary>
    public LastBuild? Last { get; set; }

    /// <summary>
    /// What the watcher says changed since the last build (site-relative paths), or null when it does not know:
    /// only those files are looked at again. Call before <see cref="IncrementalBuilder.Build"/>.
    /// </summary>
    public void Expect(string siteRoot, IEnumerable<string>? changedFiles) => Files.Begin(siteRoot, changedFiles);

    /// <summary>
    /// Starts a build. Everything read depends on site.yaml and the build options; when they change nothing
    /// remembered is trusted (the written files stay known, so unchanged bytes are still not rewritten).
    /// </summary>
    public void Begin(string siteKey)
    {
        if (_siteKey == siteKey) return;
        _siteKey = siteKey;
        Templates.Forget();
        Data.Forget();
        DataFiles.Forget();
        DataVersions.Forget();
        Content.Forget();
        Bodies.Forget();
        FileChecks.Forget();
        _dataViews = null;
        _sitemap = null;
        _downloads = new Dictionary<string, long>(StringComparer.Ordinal);
        Last = null;
        _pages.Clear();
        _siteVersion++;
    }

    /// <summary>
    /// The figures and their views, kept while the data set is the same object: their indexes over every value and
    /// their roll-up memos are the costly part of a data-heavy site, and they depend on nothing else that can change.
    /// After a data edit the new figures start from the last ones of every unit the edit did not reach; after an edit of
    /// values only, from the last indexes too.
    /// </summary>
    /// <param name="create">Makes the views of the figures, given the last views when only values changed (their shape holds).</param>
    public DataViewFactory DataViews(DataSet data, Func<Figures, DataViewFactory?, DataViewFactory> create)
    {
        if (_dataViews is { } known && ReferenceEquals(known.Data, data)) return known.Views;
        var follows = _dataViews is { } last && DataVersions.Moved is not null && ReferenceEquals(DataVersions.MovedFrom, last.Data) ? last.Views : null;
        var values = follows is not null && DataVersions.ValuesChanged is not null && follows.Figures.SameCatalog(data);
        var figures = follows is null ? new Figures(data)
            : values ? Figures.AfterValueEdit(data, follows.Figures, DataVersions.ValuesChanged!, DataVersions.Moved!)
            : new Figures(data, follows.Figures, DataVersions.Moved!);
        var views = create(figures, values ? follows : null);
        _dataViews = (data, views);
        return views;
    }

    /// <summary>sitemap.xml lists every page with its date: written again only when a URL or a date changed.</summary>
    public byte[] Sitemap(IReadOnlyList<PageJob> plan, Func<byte[]> write)
    {
        var urls = plan.Select(j => j.Url).ToArray();
        var dates = plan.Select(j => j.LastModified).ToArray();
        if (_sitemap is { } known && known.Urls.AsSpan().SequenceEqual(urls) && known.Dates.AsSpan().SequenceEqual(dates)) return known.Xml;
        var xml = write();
        _sitemap = (urls, dates, xml);
        return xml;
    }

    /// <summary>The version of the site-wide parts as the last build left it.</summary>
    public long SiteVersion => _siteVersion;

    /// <summary>True when this build's site-wide parts (templates among them) differ from the last build's.</summary>
    public bool SiteWideChanged { get; private set; } = true;

    /// <summary>The version of the parts every page shows (navigation, categories, tags, templates), from their description.</summary>
    public long SiteWide(string description)
    {
        SiteWideChanged = !string.Equals(_siteWide, description, StringComparison.Ordinal);
        if (SiteWideChanged)
        {
            _siteWide = description;
            _siteVersion++;
        }
        return _siteVersion;
    }

    /// <summary>True when the page was drawn by the last build from the same inputs and its file is still there.</summary>
    public bool CanKeep(string url, string file, PageKey key) =>
        _pages.TryGetValue(url, out var known) && known.Equals(key) && Output.TryGet(file, out _);

    /// <summary>
    /// True when the last good build wrote the download at <paramref name="path"/> from the same figures of
    /// <paramref name="unit"/>: a download shows what its unit's pages show, so it moves with the unit's data version.
    /// </summary>
    /// <remarks>Asked from several threads at once; nothing here changes during a build.</remarks>
    public bool CanKeepDownload(string unit, string path) =>
        _downloads.TryGetValue(unit, out var version) && version == DataVersions.Of(DataUse.Of(unit)) && Output.TryGet(path, out _);

    /// <summary>Called after a successful commit only, with every unit of the data the build wrote downloads for.</summary>
    public void RememberDownloads(IEnumerable<string> units) =>
        _downloads = units.ToDictionary(unit => unit, unit => DataVersions.Of(DataUse.Of(unit)), StringComparer.Ordinal);

    /// <summary>Leaves <paramref name="work"/> for <see cref="RunDeferred"/>; null when the build wrote everything itself.</summary>
    /// <remarks>Called by good builds only: after a failed one the last good build's work is still to do.</remarks>
    public void Defer(Func<CancellationToken, int>? work) => _deferred = work;

    /// <summary>
    /// Writes what the last good build left for later; returns the files written (0 when nothing was left).
    /// Cancelled (a newer save), it throws <see cref="OperationCanceledException"/> with the output as it was and
    /// the work still left, for the next call or for the next good build to replace.
    /// </summary>
    public int RunDeferred(CancellationToken cancel = default)
    {
        var work = _deferred;
        _deferred = null;
        try
        {
            return work?.Invoke(cancel) ?? 0;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            _deferred ??= work;
            throw;
        }
    }

    /// <summary>Called after a successful commit only: a failed build must not make the next one skip pages.</summary>
    public void RememberPages(Dictionary<string, PageKey> pages) => _pages = pages;

    /// <summary>As <see cref="RememberPages"/>, for the few pages a body-only rebuild keyed again.</summary>
    public void RememberPages(IEnumerable<KeyValuePair<string, PageKey>> pages)
    {
        foreach (var (url, key) in pages) _pages[url] = key;
    }
}
