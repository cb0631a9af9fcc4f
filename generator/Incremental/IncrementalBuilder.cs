using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Output;
using Bantin.Render;
using Bantin.Render.Data;
using Bantin.Render.Search;
using Bantin.Sources;
using Bantin.Sources.Data;
using Bantin.Stages;

namespace Bantin.Incremental;

/// <summary>
/// The preview's build: the stages of <see cref="SiteBuilder"/>, each given what <see cref="BuildMemory"/> kept from the
/// last build, so that a rebuild redoes only what a change touched and writes only the files whose bytes changed.
/// After an edit of bodies only, <see cref="InPlaceRebuild"/> redraws just the pages that show them. The bytes are
/// those of a one-shot build (the incremental tests compare them). A check is always a one-shot build.
/// </summary>
public sealed class IncrementalBuilder
{
    private readonly MarkdownRenderer _markdown = new();

    public BuildResult Build(BuildOptions options, BuildMemory memory) =>
        BuildGuard.Run(options, current => BuildSite(options, memory, new BuildClock(current, options.Cancel)));

    private BuildResult BuildSite(BuildOptions options, BuildMemory memory, BuildClock clock)
    {
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        var root = Path.GetFullPath(options.SiteRoot);
        var buildTime = options.BuildTime ?? BuildOptions.DefaultBuildTime();

        // Sources, each read again only where its files changed.
        var site = SiteSettings.Read(root, options, bag);
        if (site is null) return BuildGuard.Failed(bag, options, clock.Elapsed);
        memory.Begin(SiteKey(root, options));
        clock.Mark("site.yaml");
        var (templates, data, allArticles, allPages) = ReadSources(root, site, memory, DataLoader.Today(site.TimeZone, buildTime), bag, clock);

        // Only bodies (and an article's title, author or summary) changed: the last build's index, plan and views
        // still hold, and the rebuild is as small as the edit.
        if (!bag.HasErrors && memory.Last?.InPlaceEdits(root, memory.Files, memory.Content, templates, data, buildTime) is { } edits
            && new InPlaceRebuild(_markdown, options, site, root, memory, memory.Last).Run(edits, bag, clock) is { } rebuilt)
            return rebuilt;
        // Only data values changed: the same index and plan, drawn from the new figures.
        if (!bag.HasErrors && memory.Last is { } last && DataValueRebuild.Applies(root, memory, last, templates, data, buildTime)
            && new DataValueRebuild(_markdown, options, site, root, memory, last).Run(data, bag, clock) is { } refigured)
            return refigured;
        var lastArticles = memory.Last?.Articles;
        memory.Last = null;

        // Compute and render the bodies; the Markdown is kept, to compare with the next save.
        var shown = ShownContent.Of(allArticles, allPages, options, buildTime);
        SourceChecks.Run(site, shown, templates, data, bag);
        var runner = new TemplateRunner(templates);
        var dataViews = memory.DataViews(data, (figures, shape) => new DataViewFactory(site, data, figures, shape));
        var stamps = new MemoryBodies(memory, root);
        var bodies = BodyStage.Render(shown, new BodyRenderer(_markdown, runner, dataViews, memory.Bodies), new SiteFiles(root, site.Symlinks), bag,
            stamps, release: false, pack: false);
        var sources = bodies.Keys.ToHashSet(StringComparer.Ordinal);
        memory.Bodies.Retain(sources);
        memory.FileChecks.Retain(sources);
        clock.Mark("bodies");
        var plan = SitePlan.Make(site, shown, bodies, templates, dataViews, buildTime, bag, clock, memory.Claims);
        clock.Mark("plan");
        var (keys, versions) = Keys(plan, shown, bodies, stamps, memory);
        clock.Mark("keys");

        using var output = SiteFileWriter.For(site, new DeltaOutput(options.ResolvedOutput, memory.Output, memory.Files));
        var deferSearch = DeferSearch(memory, plan);
        var renderer = new PageRenderer(runner, plan.Views.Site, UiStrings.For(site.Language));
        var (times, write) = (new TemplateTimes(), !bag.HasErrors);
        var jobs = Redraw(plan, templates, keys, memory, deferSearch, output);
        PageStage.Draw(jobs, templates, renderer, plan.Views, times, bag,
            (job, html) => { if (write) output.WriteUtf8(PageDrawing.PageFile(job.Url), html); },
            html => { if (write) output.WriteText("404.html", html); });
        clock.Mark("pages");
        if (bag.HasErrors) return BuildGuard.Failed(bag, options, clock.Elapsed);
        SiteFileWriter.Write(root, site, shown, bodies, templates, plan, output,
            () => memory.Sitemap(plan.Jobs, () => FeedWriter.Sitemap(site, plan.Jobs)),
            o => WriteOrKeepSearch(plan, memory, deferSearch, o), memory.CanKeepDownload);
        clock.Mark("files");
        if (!BuildGuard.Commit(output, options, bag)) return BuildGuard.Failed(bag, options, clock.Elapsed);
        memory.RememberPages(keys);
        memory.RememberDownloads(data.Units.Select(unit => unit.Id));
        memory.Last = Remember(templates, data, buildTime, allArticles, allPages, shown, bodies, runner, dataViews, plan, versions, lastArticles);
        memory.Defer(deferSearch ? cancel => WriteSearch(options, memory, renderer, plan.Search, plan.SearchJob, cancel) : null);
        clock.Mark("swap");
        return new BuildResult(true, bag.Sorted(), jobs.Count, output.FilesWritten, clock.Elapsed, options.ResolvedOutput, bag.Messages)
        {
            Timings = clock.Timings, Templates = times.Sorted(), Redrawn = jobs.Select(job => job.Url).ToList(),
            DraftsLeftOut = shown.DraftsLeftOut, ScheduledLeftOut = shown.ScheduledLeftOut,
        };
    }

    /// <summary>templates/, data/ and content/, each read again only where its files changed.</summary>
    private static (TemplateSet, Model.Data.DataSet, IReadOnlyList<Article>, IReadOnlyList<Page>) ReadSources(string root, SiteConfig site,
        BuildMemory memory, DateOnly today, DiagnosticBag bag, BuildClock clock)
    {
        var templates = memory.Templates.Get(Path.Combine(root, TemplateSet.SiteFolder), memory.Files, bag, b => TemplateSet.Load(root, b, site.Symlinks));
        clock.Mark("templates");
        var data = memory.Data.Get(Path.Combine(root, DataLoader.Folder), memory.Files, bag, b =>
        {
            memory.DataFiles.Begin(root, memory.Files, today);
            return DataLoader.Load(root, b, site.Symlinks, today, memory.DataFiles);
        });
        memory.DataVersions.Update(data);
        clock.Mark("data");
        var (articles, pages) = ContentLoader.Load(root, site, bag, memory);
        clock.Mark("content");
        return (templates, data, articles, pages);
    }

    /// <summary>What each page is drawn from, as versions; a page whose key is unchanged since the last build is kept.</summary>
    private static (Dictionary<string, PageKey>, Dictionary<object, ItemVersion>) Keys(SitePlan plan, ShownContent shown,
        IReadOnlyDictionary<string, RenderedBody> bodies, MemoryBodies stamps, BuildMemory memory)
    {
        var versions = memory.Versions.Update(shown.Items.Select(item =>
            (item, item.SourcePath, bodies[item.SourcePath], stamps.Stamp(item.SourceFolder, bodies[item.SourcePath], item.CardImage))));
        var siteWide = memory.SiteWide(SiteWide.Describe(plan.Views.Site, plan.Index, memory.Templates.Version));
        // Two pages on one URL are an error already reported by the plan; the build goes on to report the pages' own.
        return (PagePass.Keys(plan.Jobs, siteWide, versions, memory.DataVersions), versions);
    }

    /// <summary>
    /// The search index (every document's words) may be written right after the pages the editor waits for; not after
    /// a template or site-wide change: the search page's own errors must be reported by this build.
    /// </summary>
    private static bool DeferSearch(BuildMemory memory, SitePlan plan) =>
        memory is { DeferSearch: true, SiteWideChanged: false } && memory.Output.TryGet(PageDrawing.PageFile(plan.Search.Url), out _);

    /// <summary>The pages to draw: those whose key moved since the last build. Every other page keeps its file.</summary>
    private static List<PageJob> Redraw(SitePlan plan, TemplateSet templates, Dictionary<string, PageKey> keys, BuildMemory memory,
        bool deferSearch, ISiteOutput output)
    {
        if (!templates.Has(PageRenderer.Layout)) return [];
        // A page file is named once per job (a second job on one URL is an error the plan reported; it is drawn to report its own).
        var jobs = new List<PageJob>();
        var kept = new List<(string Url, string File)>(plan.Jobs.Count);
        var each = PagePass.Kept(plan.Jobs, job => templates.Has(job.Template),
            (job, file) => (deferSearch && job.Url == plan.Search.Url) || memory.CanKeep(job.Url, file, keys[job.Url]));
        for (var i = 0; i < each.Length; i++)
        {
            if (each[i] is not { File: { } file, Keep: var keep }) continue;
            if (!keep) jobs.Add(plan.Jobs[i]);
            else kept.Add((plan.Jobs[i].Url, file));
        }
        var drawing = jobs.Select(job => job.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var (url, file) in kept)
            if (!drawing.Contains(url)) output.Keep(file);
        return jobs;
    }

    private static void WriteOrKeepSearch(SitePlan plan, BuildMemory memory, bool deferSearch, ISiteOutput output)
    {
        if (!deferSearch) SiteFileWriter.WriteAllSearch(plan, output);
        else foreach (var file in memory.Output.Files.Keys.Where(plan.Search.Holds).ToList()) output.Keep(file);
    }

    private static LastBuild Remember(TemplateSet templates, Model.Data.DataSet data, DateTimeOffset buildTime, IReadOnlyList<Article> allArticles,
        IReadOnlyList<Page> allPages, ShownContent shown, System.Collections.Concurrent.ConcurrentDictionary<string, RenderedBody> bodies,
        TemplateRunner runner, DataViewFactory dataViews, SitePlan plan, Dictionary<object, ItemVersion> versions,
        System.Collections.Immutable.ImmutableDictionary<string, Article>? lastArticles) => new()
    {
        Templates = templates, Data = data, BuildTime = buildTime, StableUntil = LastBuild.NextScheduled(allArticles, buildTime),
        Sources = allArticles.Concat<ContentItem>(allPages).ToDictionary(item => item.SourcePath, StringComparer.Ordinal),
        Shown = shown.Items.ToDictionary(item => item.SourcePath, StringComparer.Ordinal),
        Index = plan.Index, Bodies = bodies, Runner = runner, DataViews = dataViews, DataPages = plan.DataPages, Views = plan.Views, Plan = plan.Jobs,
        Versions = versions, Search = plan.Search, Articles = LastBuild.ByUrl(shown.Articles, lastArticles),
    };

    /// <summary>
    /// The deferred half of a preview rebuild: the search page and its index files, written only where they differ.
    /// Making the index is the long part (about a second at 10,000 articles): a newer save cancels it.
    /// </summary>
    internal static int WriteSearch(BuildOptions options, BuildMemory memory, PageRenderer renderer, SearchSite search, PageJob page, CancellationToken cancel)
    {
        search.Prepare(cancel);
        using var output = new DeltaOutput(options.ResolvedOutput, memory.Output, memory.Files);
        renderer.Render(page.Template, page.View(), page.Url, html => output.WriteUtf8(PageDrawing.PageFile(page.Url), html));
        foreach (var (path, bytes) in search.Files()) output.WriteBytes(path, bytes);
        output.KeepAllBut(search.Holds);
        output.Commit();
        return output.FilesWritten;
    }

    /// <summary>Everything read depends on site.yaml and on the options; a change to either starts the memory afresh.</summary>
    private static string SiteKey(string root, BuildOptions options) =>
        $"{FileStamp.Of(new FileInfo(Path.Combine(root, SiteConfigReader.FileName)))}|{options.IncludeDrafts}|{options.BaseUrl}";
}
