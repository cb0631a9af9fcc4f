using System.Collections.Concurrent;
using System.Diagnostics;
using Bantin.Checks;
using Bantin.Compute;
using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Incremental;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Output;
using Bantin.Render;
using Bantin.Render.Data;
using Bantin.Render.Search;
using Bantin.Sources;
using Bantin.Sources.Data;

namespace Bantin;

/// <summary>
/// One build: Sources → Model → Compute → Render → Output. Every stage reports into one diagnostic bag;
/// the output folder is replaced only when the whole build succeeded. Given a <see cref="BuildMemory"/> (the preview),
/// each stage reuses what the change did not touch and only changed files are written; the bytes are the same.
/// </summary>
public sealed class SiteBuilder
{
    private readonly MarkdownRenderer _markdown = new();

    public BuildResult Build(BuildOptions options) => Build(options, memory: null);

    /// <summary>
    /// Builds the site. A build stopped through <see cref="BuildOptions.Cancel"/> returns a failed result with the
    /// output untouched; an unexpected exception leaves as a <see cref="BuildCrash"/> naming the stage.
    /// </summary>
    public BuildResult Build(BuildOptions options, BuildMemory? memory)
    {
        var current = new StageName();
        try
        {
            return BuildSite(options, memory, current);
        }
        catch (Exception e) when (BuildCrash.IsCancellation(e) && options.Cancel.IsCancellationRequested)
        {
            var bag = new DiagnosticBag(new Messages(Language.Vi));
            bag.Error(SourceSpan.FileOnly(options.ResolvedOutput), bag.Messages.BuildCancelled());
            return new BuildResult(false, bag.Sorted(), 0, 0, TimeSpan.Zero, options.ResolvedOutput, bag.Messages) { Stopped = true };
        }
        catch (Exception e) when (OutputFailure.Within(e) is { } failure)
        {
            var bag = new DiagnosticBag(new Messages(Language.Vi));
            bag.Error(SourceSpan.FileOnly(options.ResolvedOutput), bag.Messages.OutputFailed($"{failure.Path}: {failure.InnerException?.Message}"));
            return new BuildResult(false, bag.Sorted(), 0, 0, TimeSpan.Zero, options.ResolvedOutput, bag.Messages);
        }
        catch (Exception e) when (!BuildCrash.IsCancellation(e))
        {
            throw BuildCrash.From(e, current.Current);
        }
    }

    private BuildResult BuildSite(BuildOptions options, BuildMemory? memory, StageName current)
    {
        var clock = Stopwatch.StartNew();
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        var root = Path.GetFullPath(options.SiteRoot);
        var buildTime = options.BuildTime ?? BuildOptions.DefaultBuildTime();
        var timings = new List<StageTime>();
        var last = TimeSpan.Zero;
        var allocated = GC.GetTotalAllocatedBytes();
        void Mark(string stage)
        {
            var now = GC.GetTotalAllocatedBytes();
            timings.Add(new StageTime(stage, clock.Elapsed - last, now - allocated, GC.GetGCMemoryInfo().HeapSizeBytes));
            (last, allocated) = (clock.Elapsed, now);
            current.Current = stage + " →";
            options.Cancel.ThrowIfCancellationRequested();
        }

        // Sources and model
        var site = SiteConfigReader.Read(root, bag);
        if (site is null) return Failed(bag, options, clock);
        if (options.BaseUrl is not null) site = WithBaseUrl(site, options.BaseUrl, bag);
        else if (!site.HasBaseUrl) MissingBaseUrl(options, bag);
        if (options.Relative) site = site with { RelativeUrls = true };
        // The output folder is checked before any work: a build never starts on a folder it would wrongly replace.
        var folder = options.CheckOnly || memory is not null ? null : OutputGuard.Prepare(root, options.ResolvedOutput, new KeepRules(site.Keep), bag);
        if (folder is null && !options.CheckOnly && memory is null) return Failed(bag, options, clock) with { BadOutput = true };
        memory?.Begin(SiteKey(root, options));
        Mark("site.yaml");
        var templates = memory is null ? TemplateSet.Load(root, bag, site.Symlinks)
            : memory.Templates.Get(Path.Combine(root, TemplateSet.SiteFolder), memory.Files, bag, b => TemplateSet.Load(root, b, site.Symlinks));
        Mark("templates");
        var data = memory is null ? DataLoader.Load(root, bag, site.Symlinks)
            : memory.Data.Get(Path.Combine(root, DataLoader.Folder), memory.Files, bag, b => DataLoader.Load(root, b, site.Symlinks));
        memory?.DataVersions.Update(data);
        Mark("data");
        var (allArticles, allPages) = ContentLoader.Load(root, site, bag, memory);
        Mark("content");
        if (memory is not null)
        {
            // Only bodies (and an article's title, author or summary) changed: the last build's index, plan and views
            // still hold, and the rebuild is as small as the edit.
            if (!bag.HasErrors && !options.CheckOnly
                && memory.Last?.InPlaceEdits(root, memory.Files, memory.Content, templates, data, buildTime) is { } edits
                && RebuildBodies(options, site, root, memory, memory.Last, edits, bag, clock, timings, Mark) is { } rebuilt)
                return rebuilt;
            memory.Last = null;
        }

        // Compute
        var articles = allArticles.Where(a => Publishing.IsVisible(a, buildTime, options.IncludeDrafts)).ToList();
        var pages = allPages.Where(p => Publishing.IsVisible(p, options.IncludeDrafts)).ToList();
        var (draftsLeftOut, scheduledLeftOut) = LeftOut(allArticles, allPages, articles.Count + pages.Count, buildTime);
        CheckLayouts(articles, pages, templates, bag);
        CheckDataReferences(site, articles, data, bag);
        var runner = new TemplateRunner(templates);
        var dataViews = memory?.DataViews(data, () => new DataViewFactory(site, data, new Figures(data)))
            ?? new DataViewFactory(site, data, new Figures(data));
        var figures = dataViews.Figures;
        // A one-shot build reads the Markdown only to render it: each body lets go of its text once rendered, so the
        // Markdown of every article (about 1.2 GB at 100,000) is never in memory beside all the HTML. The preview
        // compares it with the next save, and check reads the prose for typed figures.
        var release = memory is null && !options.CheckOnly;
        if (release) (allArticles, allPages) = (articles, pages);
        var pack = release && articles.Count + pages.Count >= options.PackBodiesFrom;
        var bodies = RenderBodies(root, articles, pages, new BodyRenderer(_markdown, runner, dataViews), bag, memory, release, pack, new SiteFiles(root, site.Symlinks));
        Mark("bodies");
        var index = SiteIndex.Build(articles, pages, site);
        Mark("index");
        var views = new ViewFactory(site, index, bodies, dataViews, buildTime);
        var dataPages = new DataPages(site, dataViews, views, index);
        var search = new SearchSite(site, index, views, bodies, data);
        var plan = PagePlan.Create(site, index, views, dataPages, buildTime, search);
        ClaimUrls(plan, CopiedFiles(articles, pages, bodies, templates), bag);
        Mark("plan");
        var (keys, versions) = memory is null ? (null, null) : PageKeys(root, memory, plan, views, index, articles, pages, bodies);
        if (keys is not null) Mark("keys");

        // Render and output. Pages are rendered even after content errors, so template errors are reported in the
        // same run; they are written only while the build is still clean.
        using ISiteOutput? output = options.CheckOnly ? null
            : Portable(site, memory is null ? new StagedOutput(folder!, options.Cancel) : new DeltaOutput(options.ResolvedOutput, memory.Output, memory.Files));
        var rendered = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var drawn = 0;
        IReadOnlyList<string> redrawn = [];
        // Preview: the search index (every document's words) is written right after the pages the editor waits for.
        // Not after a template or site-wide change: the search page's own errors must be reported by this build.
        var deferSearch = memory is { DeferSearch: true, SiteWideChanged: false } && memory.Output.TryGet(BuildMemory.PageFile(search.Url), out _);
        var renderer = new PageRenderer(runner, views.Site, UiStrings.For(site.Language));
        var templateTimes = new TemplateTimes();
        if (templates.Has(PageRenderer.Layout))
        {
            var write = !bag.HasErrors;
            var jobs = plan.Where(job => templates.Has(job.Template) && !(deferSearch && job.Url == search.Url)).ToList();
            if (keys is not null && output is not null)
            {
                // Pages drawn from the same inputs as last time keep their files; only the rest are drawn.
                jobs = jobs.Where(job => !memory!.CanKeep(job.Url, keys[job.Url])).ToList();
                var drawing = jobs.Select(job => job.Url).ToHashSet(StringComparer.Ordinal);
                foreach (var job in plan) if (!drawing.Contains(job.Url) && templates.Has(job.Template)) output.Keep(BuildMemory.PageFile(job.Url));
            }
            drawn = jobs.Count;
            if (keys is not null) redrawn = jobs.Select(job => job.Url).ToList();
            Draw(jobs, renderer, templateTimes, (job, html) =>
            {
                if (options.CheckOnly) rendered[job.Url] = System.Text.Encoding.UTF8.GetString(html);
                else if (write) output!.WriteUtf8(BuildMemory.PageFile(job.Url), html);
            });
            if (templates.Has("404.html") && renderer.Render("404.html", views.NotFound(), "404.html") is { } notFound)
            {
                if (options.CheckOnly) rendered["404.html"] = notFound;
                else if (write) output!.WriteText("404.html", notFound);
            }
            renderer.Report(bag);
        }
        Mark("pages");
        if (options.CheckOnly)
        {
            SiteChecks.Run(site, articles, pages, bodies, templates, rendered, data, figures, dataPages, bag);
            return new BuildResult(!bag.HasErrors, bag.Sorted(), rendered.Count, 0, clock.Elapsed, options.ResolvedOutput, bag.Messages);
        }
        if (bag.HasErrors || output is null) return Failed(bag, options, clock);

        // Four independent groups of files, written side by side (each group from one thread).
        Parallel.Invoke(
            () => CopyLocalFiles(root, articles.Concat<ContentItem>(pages)
                .Select(item => (item.SourceFolder, item.Url, bodies[item.SourcePath], item.CardImage)), output),
            () =>
            {
                foreach (var asset in templates.Assets)
                {
                    var bytes = asset.Read();
                    output.WriteBytes(asset.RelativePath, bytes);
                    if (asset.RelativePath == FaviconIco.Source && FaviconIco.From(bytes) is { } ico) output.WriteBytes(FaviconIco.FileName, ico);
                }
            },
            () =>
            {
                WriteFeed(site, index, views, output);
                if (site.WebConfig) output.WriteText(IisWebConfig.FileName, IisWebConfig.For(site));
                output.WriteText("sitemap.xml", memory?.Sitemap(plan, () => FeedWriter.Sitemap(site, plan)) ?? FeedWriter.Sitemap(site, plan));
            },
            () =>
            {
                if (deferSearch) foreach (var file in memory!.Output.Files.Keys.Where(search.Holds).ToList()) output.Keep(file);
                else foreach (var (path, bytes) in search.Files()) output.WriteBytes(path, bytes);
            });
        Mark("files");

        try
        {
            output.Commit();
        }
        catch (IOException e)
        {
            bag.Error(SourceSpan.FileOnly(options.ResolvedOutput), bag.Messages.OutputFailed(e.Message));
            return Failed(bag, options, clock);
        }
        if (keys is not null)
        {
            memory!.RememberPages(keys);
            memory.Last = new LastBuild
            {
                Templates = templates, Data = data, BuildTime = buildTime, StableUntil = LastBuild.NextScheduled(allArticles, buildTime),
                Sources = allArticles.Concat<ContentItem>(allPages).ToDictionary(item => item.SourcePath, StringComparer.Ordinal),
                Shown = articles.Concat<ContentItem>(pages).ToDictionary(item => item.SourcePath, StringComparer.Ordinal),
                Index = index, Bodies = bodies, Runner = runner, DataViews = dataViews, Views = views, Plan = plan, Versions = versions!, Search = search,
            };
        }
        memory?.Defer(deferSearch ? cancel => WriteSearch(options, memory, renderer, search, plan.First(job => job.Url == search.Url), cancel) : null);
        Mark("swap");
        var pagesWritten = memory is null ? plan.Count + 1 : drawn;
        return new BuildResult(true, bag.Sorted(), pagesWritten, output.FilesWritten, clock.Elapsed, options.ResolvedOutput, bag.Messages) 
        {
            Timings = timings, Templates = templateTimes.Sorted(), Redrawn = redrawn,
            DraftsLeftOut = draftsLeftOut, ScheduledLeftOut = scheduledLeftOut,
        };
    }

    /// <summary>How many drafts and scheduled articles a build without <c>--drafts</c> left out, for its closing line.</summary>
    private static (int Drafts, int Scheduled) LeftOut(IReadOnlyList<Article> articles, IReadOnlyList<Page> pages, int shown, DateTimeOffset buildTime)
    {
        if (shown == articles.Count + pages.Count) return (0, 0);
        var states = articles.Select(a => Publishing.StateOf(a, buildTime)).ToList();
        return (states.Count(s => s == PublishState.Draft) + pages.Count(p => p.Draft), states.Count(s => s == PublishState.Scheduled));
    }

    /// <summary>
    /// A preview rebuild after in-place edits (<see cref="LastBuild"/>): bodies, and the title, author or summary of
    /// articles. The changed bodies are rendered, the pages that show the changed items are keyed again and drawn
    /// where their key moved, and every other file is kept without being looked at. The bytes are those of a full
    /// build; the work is that of the edit.
    /// </summary>
    /// <returns>
    /// Null, having changed nothing, when a new body has errors (a full build reports them with everything else) or
    /// the output folder is gone.
    /// </returns>
    private BuildResult? RebuildBodies(BuildOptions options, SiteConfig site, string root, BuildMemory memory, LastBuild last,
        IReadOnlyList<(string Path, ContentItem? Shown, ContentItem Source)> edits, DiagnosticBag bag, Stopwatch clock,
        IReadOnlyList<StageTime> timings, Action<string> mark)
    {
        // Every other file is kept as the last build wrote it: not if the folder went away meanwhile.
        if (memory.Output.IsEmpty || !Directory.Exists(options.ResolvedOutput)) return null;
        var renderer = new BodyRenderer(_markdown, last.Runner, last.DataViews);
        var files = new SiteFiles(root, site.Symlinks);
        var found = new DiagnosticBag(bag.Messages);
        var redone = new List<(string Path, ContentItem Item, ContentItem Read, string Folder, string Url, string? Image, RenderedBody Before, RenderedBody After)>();
        foreach (var (path, shown, source) in edits)
        {
            // Not published: no page shows it, and a full build does not render its body either.
            if (shown is null) continue;
            var from = BodySource.Of(source);
            RenderedBody Render(DiagnosticBag into) => renderer.Render(path, from.Markdown, from.FirstLine, from.Unit, from.Period, into);
            var body = memory.Bodies.Render(source, path, from.Markdown, from.Unit, memory.DataVersions, memory.Templates.Version,
                b => LocalFilesStamp(memory, root, from.SourceFolder, b, null), found, Render);
            foreach (var file in body.LocalFiles)
                CheckLocalFile(files, from.SourceFolder, file.RelativePath, new SourceSpan(path, file.Line, file.Column), found, memory.Files.Exists);
            redone.Add((path, shown, source, from.SourceFolder, from.Url, from.Image, last.Bodies[path], body));
        }
        if (found.HasErrors) return null;
        foreach (var diagnostic in found.Sorted()) bag.Add(diagnostic);
        memory.Bodies.Replay(bag, edits.Select(e => e.Path).ToHashSet(StringComparer.Ordinal));
        mark("bodies");

        // From here on the last build's views show the new bodies and the new reads' text.
        var changed = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (path, item, read, folder, _, image, _, body) in redone)
        {
            last.Bodies[path] = body;
            if (item is Article article) last.Views.Reread(article, (Article)read);
            // Versioned by the new read: a new title moves the card version of every page that lists the article.
            last.Versions[item] = memory.Versions.Update(read, path, body, LocalFilesStamp(memory, root, folder, body, image));
            changed.Add(item);
        }
        var search = last.Search.Afresh();
        var deferSearch = memory.DeferSearch && memory.Output.TryGet(BuildMemory.PageFile(search.Url), out _);
        var keys = new List<KeyValuePair<string, PageKey>>();
        var jobs = new List<PageJob>();
        var one = changed.Count == 1 ? changed.First() : null;
        foreach (var job in last.Plan)
        {
            if (!Shows(job.Inputs, changed, one)) continue;
            var key = PageKey.Of(job, memory.SiteVersion, last.Versions, memory.DataVersions);
            keys.Add(KeyValuePair.Create(job.Url, key));
            if (memory.CanKeep(job.Url, key) || !last.Templates.Has(job.Template)) continue;
            if (job.Url != search.Url) jobs.Add(job);
            else if (!deferSearch) jobs.Add(search.Job(last.Index));
        }
        mark("keys");

        using var output = new DeltaOutput(options.ResolvedOutput, memory.Output, memory.Files);
        // The files beside an edited item that its old body used may be gone from the new one; every other file stays.
        output.KeepAllBut(redone.SelectMany(r => LocalFiles(r.Before, r.Image).Select(file => r.Url + file)).ToList());
        var pages = new PageRenderer(last.Runner, last.Views.Site, UiStrings.For(site.Language));
        var templateTimes = new TemplateTimes();
        Draw(jobs, pages, templateTimes, (job, html) => output.WriteUtf8(BuildMemory.PageFile(job.Url), html));
        pages.Report(bag);
        mark("pages");
        if (bag.HasErrors)
        {
            memory.Last = null;
            return Failed(bag, options, clock);
        }
        CopyLocalFiles(root, redone.Select(r => (r.Folder, r.Url, r.After, r.Image)), output);
        WriteFeed(site, last.Index, last.Views, output);
        if (!deferSearch) foreach (var (path, bytes) in search.Files()) output.WriteBytes(path, bytes);
        mark("files");

        try
        {
            output.Commit();
        }
        catch (IOException e)
        {
            memory.Last = null;
            bag.Error(SourceSpan.FileOnly(options.ResolvedOutput), bag.Messages.OutputFailed(e.Message));
            return Failed(bag, options, clock);
        }
        memory.RememberPages(keys);
        foreach (var (path, _, source) in edits) last.Sources[path] = source;
        memory.Defer(deferSearch ? cancel => WriteSearch(options, memory, pages, search, search.Job(last.Index), cancel) : null);
        mark("swap");
        return new BuildResult(true, bag.Sorted(), jobs.Count, output.FilesWritten, clock.Elapsed, options.ResolvedOutput, bag.Messages)
        {
            Timings = timings, Templates = templateTimes.Sorted(), Redrawn = jobs.Select(job => job.Url).ToList(),
        };
    }

    /// <summary>
    /// Renders the pages in parallel and hands each page's HTML to <paramref name="done"/>; a page whose template
    /// failed is left to <see cref="PageRenderer.Report"/>. Thread time and allocations are counted per template.
    /// </summary>
    private static void Draw(IEnumerable<PageJob> jobs, PageRenderer renderer, TemplateTimes times, Action<PageJob, ReadOnlySpan<byte>> done) =>
        Parallel.ForEach(jobs, job =>
        {
            try
            {
                DrawOne(job, renderer, times, done);
            }
            catch (Exception e) when (!BuildCrash.IsCancellation(e) && e is not (BuildCrash or OutputFailure))
            {
                throw new BuildCrash("pages", job.Url, e);
            }
        });

    private static void DrawOne(PageJob job, PageRenderer renderer, TemplateTimes times, Action<PageJob, ReadOnlySpan<byte>> done)
    {
        var (start, bytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        var view = job.View();
        var (viewed, viewBytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        var (drew, drewBytes) = (0L, 0L);
        var drawn = renderer.Render(job.Template, view, job.Url, html =>
        {
            (drew, drewBytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
            done(job, html);
        });
        if (!drawn) return;
        times.Add(job.Template, viewed - start, drew - viewed, Stopwatch.GetTimestamp() - drew, viewBytes - bytes, drewBytes - viewBytes);
    }

    private static void WriteFeed(SiteConfig site, SiteIndex index, ViewFactory views, ISiteOutput output) =>
        output.WriteText("feed.xml", FeedWriter.Rss(site, index.Articles, views.Latest, views.Summary, a => views.Card(a).CategoryName));

    /// <summary>True when the page shows one of <paramref name="items"/>, as a card or whole.</summary>
    /// <remarks>Asked of every page of the site (some 200,000 items at 10,000 articles): one edited item, the usual
    /// case, is <paramref name="one"/>, compared by reference rather than looked up.</remarks>
    private static bool Shows(PageInputs inputs, HashSet<object> items, object? one) =>
        Among(inputs.Items, items, one) || (inputs.Wholes is { } wholes && Among(wholes, items, one));

    private static bool Among(IReadOnlyList<object> list, HashSet<object> items, object? one)
    {
        for (var i = 0; i < list.Count; i++)
            if (one is not null ? ReferenceEquals(list[i], one) : items.Contains(list[i])) return true;
        return false;
    }

    /// <summary>
    /// The deferred half of a preview rebuild: the search page and its index files, written only where they differ.
    /// Making the index is the long part (about a second at 10,000 articles): a newer save cancels it.
    /// </summary>
    private static int WriteSearch(BuildOptions options, BuildMemory memory, PageRenderer renderer, SearchSite search, PageJob page, CancellationToken cancel)
    {
        search.Prepare(cancel);
        using var output = new DeltaOutput(options.ResolvedOutput, memory.Output, memory.Files);
        renderer.Render(page.Template, page.View(), page.Url, html => output.WriteUtf8(BuildMemory.PageFile(page.Url), html));
        foreach (var (path, bytes) in search.Files()) output.WriteBytes(path, bytes);
        output.KeepAllBut(search.Holds);
        output.Commit();
        return output.FilesWritten;
    }

    /// <param name="release">Replace each item, once its body is rendered, by a copy without the Markdown.</param>
    /// <param name="pack">Keep each body compressed.</param>
    private static ConcurrentDictionary<string, RenderedBody> RenderBodies(string root, List<Article> articles, List<Page> pages,
        BodyRenderer renderer, DiagnosticBag bag, BuildMemory? memory, bool release, bool pack, SiteFiles files)
    {
        var bodies = new ConcurrentDictionary<string, RenderedBody>(StringComparer.Ordinal);
        Func<string, bool> exists = memory is null ? File.Exists : memory.Files.Exists;
        Parallel.For(0, articles.Count + pages.Count, i =>
        {
            var source = i < articles.Count ? BodySource.Of(articles[i]) : BodySource.Of(pages[i - articles.Count]);
            RenderedBody Render(DiagnosticBag into)
            {
                try
                {
                    return renderer.Render(source.SourcePath, source.Markdown, source.FirstLine, source.Unit, source.Period, into);
                }
                catch (Exception e) when (!BuildCrash.IsCancellation(e))
                {
                    throw new BuildCrash("bodies", source.SourcePath, e);
                }
            }
            var body = memory is null ? Render(bag)
                : memory.Bodies.Render(source.Item, source.SourcePath, source.Markdown, source.Unit, memory.DataVersions, memory.Templates.Version,
                    b => LocalFilesStamp(memory, root, source.SourceFolder, b, null), bag, Render);
            bodies[source.SourcePath] = pack ? body.Packed() : body;
            foreach (var file in body.LocalFiles)
                CheckLocalFile(files, source.SourceFolder, file.RelativePath, new SourceSpan(source.SourcePath, file.Line, file.Column), bag, exists);
            if (source.Image is { } image && MarkdownRenderer.IsLocal(image))
                CheckLocalFile(files, source.SourceFolder, image, new SourceSpan(source.SourcePath, 1, 1), bag, exists);
            if (!release) return;
            if (i < articles.Count) articles[i] = articles[i] with { Body = "" };
            else pages[i - articles.Count] = pages[i - articles.Count] with { Body = "" };
        });
        memory?.Bodies.Retain(bodies.Keys.ToList());
        return bodies;
    }

    /// <summary>What each page is drawn from, as versions; a page whose key is unchanged since the last build is kept.</summary>
    private static (Dictionary<string, PageKey>, Dictionary<object, ItemVersion>) PageKeys(string root, BuildMemory memory, IReadOnlyList<PageJob> plan, ViewFactory views, SiteIndex index,
        IReadOnlyList<Article> articles, IReadOnlyList<Page> pages, IReadOnlyDictionary<string, RenderedBody> bodies)
    {
        var versions = memory.Versions.Update(
            articles.Concat<ContentItem>(pages).Select(item =>
                (item, item.SourcePath, bodies[item.SourcePath], LocalFilesStamp(memory, root, item.SourceFolder, bodies[item.SourcePath], item.CardImage))));
        var siteWide = memory.SiteWide(SiteWide.Describe(views.Site, index, memory.Templates.Version));
        var keys = new Dictionary<string, PageKey>(plan.Count, StringComparer.Ordinal);
        foreach (var job in plan) keys[job.Url] = PageKey.Of(job, siteWide, versions, memory.DataVersions);
        return (keys, versions);
    }

    /// <summary>The stamps of the images beside a source that its body and card use: their sizes are written into the HTML.</summary>
    private static long LocalFilesStamp(BuildMemory memory, string root, string folder, RenderedBody body, string? image)
    {
        var stamp = 0L;
        foreach (var file in body.LocalFiles.Where(f => LocalFileName.IsUsable(f.RelativePath)))
            stamp = HashCode.Combine(stamp, memory.Files.Stamp(Path.GetFullPath(Path.Join(root, folder, file.RelativePath))));
        if (image is not null && MarkdownRenderer.IsLocal(image) && LocalFileName.IsUsable(image)) stamp = HashCode.Combine(stamp, memory.Files.Stamp(Path.GetFullPath(Path.Join(root, folder, image))));
        return stamp;
    }

    /// <summary>Everything read depends on site.yaml and on the options; a change to either starts the memory afresh.</summary>
    private static string SiteKey(string root, BuildOptions options) =>
        $"{FileStamp.Of(new FileInfo(Path.Combine(root, SiteConfigReader.FileName)))}|{options.IncludeDrafts}|{options.BaseUrl}";

    private static void CheckLocalFile(SiteFiles files, string folder, string relative, SourceSpan span, DiagnosticBag bag, Func<string, bool> exists)
    {
        // NUL cannot be in a path: an error at the link, rather than an exception from the path functions.
        if (!LocalFileName.IsUsable(relative))
        {
            bag.Error(span, bag.Messages.LocalFileBadName(LocalFileName.Shown(relative)));
            return;
        }
        var full = Path.GetFullPath(Path.Combine(files.Root, folder, relative));
        var inside = full.StartsWith(Path.GetFullPath(Path.Combine(files.Root, folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside || !exists(full))
        {
            // A link that dangles or loops does not "exist" either: say which.
            string? dangling = null;
            var problem = inside ? files.Check(SitePaths.Relative(files.Root, full), text: false, out dangling) : FileProblem.Missing;
            bag.Error(span, problem is FileProblem.Dangling or FileProblem.Loop
                ? bag.Messages.UnusableFile(problem, dangling, SiteFiles.MaxTextBytes) : bag.Messages.LocalFileMissing(relative));
            return;
        }
        // Copied into the output as it is: never from outside the site, never a FIFO or a device.
        if (files.Check(SitePaths.Relative(files.Root, full), text: false, out var target) is not FileProblem.None and var unusable)
            bag.Error(span, bag.Messages.UnusableFile(unusable, target, SiteFiles.MaxTextBytes));
    }

    private static void CopyLocalFiles(string root, IEnumerable<(string Folder, string Url, RenderedBody Body, string? Image)> items, ISiteOutput output)
    {
        foreach (var (folder, url, body, image) in items)
            foreach (var file in LocalFiles(body, image))
                output.CopyFile(url + file, Path.Combine(root, folder, file));
    }

    /// <summary>The files beside a source that its page needs copied: those its body uses, and its card image.</summary>
    private static IEnumerable<string> LocalFiles(RenderedBody body, string? image)
    {
        var files = body.LocalFiles.Select(f => f.RelativePath);
        if (image is not null && MarkdownRenderer.IsLocal(image)) files = files.Append(image);
        return files.Distinct(StringComparer.Ordinal);
    }

    private static void CheckLayouts(IEnumerable<Article> articles, IEnumerable<Page> pages, TemplateSet templates, DiagnosticBag bag)
    {
        foreach (var item in articles.Concat<ContentItem>(pages))
        {
            if (item.Layout is not { } layout || templates.Has(layout + ".html")) continue;
            bag.Error(item.LayoutSpan, bag.Messages.UnknownLayout(layout, Suggest.Nearest(layout, templates.LayoutNames)));
        }
    }

    /// <summary>An article's unit and period must exist: they default every figure call and link to the results page.</summary>
    private static void CheckDataReferences(SiteConfig site, IEnumerable<Article> articles, DataSet data, DiagnosticBag bag)
    {
        foreach (var article in articles)
        {
            if (article.Unit is { } unit && data.Unit(unit) is null)
                bag.Error(article.UnitSpan, bag.Messages.UnknownUnit(unit, Suggest.Nearest(unit, data.Units.Select(u => u.Id))));
            if (article.Period is { } period && !Period.TryParse(period, out _, out var error))
                bag.Error(article.PeriodSpan, bag.Messages.BadPeriod(period, error, null));
        }
        if (site.HomeUnit is { } home && data.Units.Count > 0 && data.Unit(home) is null)
            bag.Error(SourceSpan.FileOnly(SiteConfigReader.FileName), bag.Messages.UnknownUnit(home, Suggest.Nearest(home, data.Units.Select(u => u.Id))));
    }

    private static void ClaimUrls(IReadOnlyList<PageJob> plan, IEnumerable<(string Url, SourceSpan Owner)> copies, DiagnosticBag bag)
    {
        var registry = new UrlRegistry();
        foreach (var job in plan) registry.Claim(job.Url, job.Owner, bag);
        foreach (var (url, owner) in copies) registry.Claim(url, owner, bag);
    }

    /// <summary>The files copied into the output beside the pages (images, theme assets), each with who brings it.</summary>
    private static IEnumerable<(string Url, SourceSpan Owner)> CopiedFiles(IReadOnlyList<Article> articles, IReadOnlyList<Page> pages,
        IReadOnlyDictionary<string, RenderedBody> bodies, TemplateSet templates)
    {
        foreach (var item in articles.Concat<ContentItem>(pages))
            if (bodies.TryGetValue(item.SourcePath, out var body))
                foreach (var file in LocalFiles(body, item.CardImage))
                    // "./a.png" or "../a.png" is checked where the file is read; only plain names can collide by case.
                    if (UrlRegistry.Problem(item.Url + file) == PathProblem.None) yield return (item.Url + file, SourceSpan.FileOnly(item.SourcePath));
        foreach (var asset in templates.Assets)
            yield return (asset.RelativePath, SourceSpan.FileOnly("templates/" + asset.RelativePath));
    }

    private static ISiteOutput Portable(SiteConfig site, ISiteOutput output) =>
        site.RelativeUrls ? new PortableOutput(output, site.BasePath) : output;

    private static SiteConfig WithBaseUrl(SiteConfig site, string baseUrl, DiagnosticBag bag)
    {
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return site with { BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" };
        bag.Error(SourceSpan.FileOnly("--base-url"), bag.Messages.BadBaseUrl(baseUrl));
        return site;
    }

    // The feed and the canonical links need the address the site is published at; a stand-in would be published
    // silently. A check publishes nothing, so it only warns. (The preview always passes its own address.)
    private static void MissingBaseUrl(BuildOptions options, DiagnosticBag bag)
    {
        var where = new SourceSpan(SiteConfigReader.FileName, 1, 1);
        if (options.CheckOnly) bag.Warning(where, bag.Messages.BaseUrlMissing());
        else bag.Error(where, bag.Messages.BaseUrlMissing());
    }

    private static BuildResult Failed(DiagnosticBag bag, BuildOptions options, Stopwatch clock) =>
        new(false, bag.Sorted(), 0, 0, clock.Elapsed, options.ResolvedOutput, bag.Messages);
}
