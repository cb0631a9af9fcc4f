using System.Collections.Concurrent;
using Bantin.Checks;
using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Output;
using Bantin.Render;
using Bantin.Render.Data;
using Bantin.Sources;
using Bantin.Sources.Data;
using Bantin.Stages;

namespace Bantin;

/// <summary>
/// One build, start to end: Sources → Model → Compute → Render → Output. Every stage reports into one diagnostic bag;
/// the output folder is replaced only when the whole build succeeded. The preview runs the same stages with its
/// caches (<c>Incremental.IncrementalBuilder</c>); the bytes are the same.
/// </summary>
public sealed class SiteBuilder
{
    private readonly MarkdownRenderer _markdown = new();

    /// <summary>
    /// Builds the site. A build stopped through <see cref="BuildOptions.Cancel"/> returns a failed result with the
    /// output untouched; an unexpected exception leaves as a <see cref="BuildCrash"/> naming the stage.
    /// </summary>
    public BuildResult Build(BuildOptions options) => BuildGuard.Run(options, current => BuildSite(options, new BuildClock(current, options.Cancel)));

    private BuildResult BuildSite(BuildOptions options, BuildClock clock)
    {
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        var root = Path.GetFullPath(options.SiteRoot);
        var buildTime = options.BuildTime ?? BuildOptions.DefaultBuildTime();

        // Sources. The output folder is checked before any work: a build never starts on a folder it would wrongly replace.
        var site = SiteSettings.Read(root, options, bag);
        if (site is null) return BuildGuard.Failed(bag, options, clock.Elapsed);
        var folder = options.CheckOnly ? null : OutputGuard.Prepare(root, options.ResolvedOutput, new KeepRules(site.Keep), bag);
        if (folder is null && !options.CheckOnly) return BuildGuard.Failed(bag, options, clock.Elapsed) with { BadOutput = true };
        clock.Mark("site.yaml");
        var templates = TemplateSet.Load(root, bag, site.Symlinks);
        clock.Mark("templates");
        var data = DataLoader.Load(root, bag, site.Symlinks, DataLoader.Today(site.TimeZone, buildTime));
        clock.Mark("data");
        var shown = Shown(root, site, options, buildTime, bag);
        clock.Mark("content");

        // Compute and render the bodies. A build reads the Markdown only to render it: each body lets go of its text
        // once rendered, so the Markdown of every article (about 1.2 GB at 100,000) is never in memory beside all the
        // HTML. A check keeps it: it reads the prose for typed figures.
        SourceChecks.Run(site, shown, templates, data, bag);
        var runner = new TemplateRunner(templates);
        var dataViews = new DataViewFactory(site, data, new Figures(data));
        var pack = !options.CheckOnly && shown.Articles.Count + shown.Pages.Count >= options.PackBodiesFrom;
        var bodies = BodyStage.Render(shown, new BodyRenderer(_markdown, runner, dataViews), new SiteFiles(root, site.Symlinks), bag,
            cache: null, release: !options.CheckOnly, pack);
        StageGarbage.Release(pack);
        clock.Mark("bodies");
        var plan = SitePlan.Make(site, shown, bodies, templates, dataViews, buildTime, bag, clock);
        clock.Mark("plan");

        // Render the pages, and write them while the build is still clean.
        var renderer = new PageRenderer(runner, plan.Views.Site, UiStrings.For(site.Language));
        var times = new TemplateTimes();
        if (options.CheckOnly) return Check(options, site, shown, bodies, templates, dataViews, plan, renderer, times, bag, clock);
        using var output = SiteFileWriter.For(site, new StagedOutput(folder!, options.Cancel));
        var write = !bag.HasErrors;
        // The search index, written as it is made: before the pages for a large site (its memory is let go before
        // theirs is taken), by the search page's job beside the other pages for a smaller one (its time).
        if (write && pack) plan.Search.WriteTo(output.WriteBytes, options.Cancel);
        else if (write) plan.Search.WriteWhenDrawn(output.WriteBytes, options.Cancel);
        PageStage.Draw(plan.Jobs, templates, renderer, plan.Views, times, bag,
            (job, html) => { if (write) output.WriteUtf8(PageDrawing.PageFile(job.Url), html); },
            html => { if (write) output.WriteText("404.html", html); });
        clock.Mark("pages");
        if (bag.HasErrors) return BuildGuard.Failed(bag, options, clock.Elapsed);
        StageGarbage.Release(pack);
        // The search index is written by now unless no search page was drawn; then it is made beside the other files.
        SiteFileWriter.Write(root, site, shown, bodies, templates, plan, output,
            () => FeedWriter.Sitemap(site, plan.Jobs), o => plan.Search.WriteTo(o.WriteBytes, options.Cancel));
        clock.Mark("files");
        if (!BuildGuard.Commit(output, options, bag)) return BuildGuard.Failed(bag, options, clock.Elapsed);
        clock.Mark("swap");
        return new BuildResult(true, bag.Sorted(), plan.Jobs.Count + 1, output.FilesWritten, clock.Elapsed, options.ResolvedOutput, bag.Messages)
        {
            Timings = clock.Timings, Templates = times.Sorted(), DraftsLeftOut = shown.DraftsLeftOut, ScheduledLeftOut = shown.ScheduledLeftOut,
        };
    }

    /// <summary>The content this build shows; the items it leaves out (and their Markdown) are not kept.</summary>
    private static ShownContent Shown(string root, Model.SiteConfig site, BuildOptions options, DateTimeOffset buildTime, DiagnosticBag bag)
    {
        var (articles, pages) = ContentLoader.Load(root, site, bag, null);
        return ShownContent.Of(articles, pages, options, buildTime);
    }

    /// <summary><c>bantin check</c>: every page drawn in memory, then the whole-site checks (links, typed figures).</summary>
    private static BuildResult Check(BuildOptions options, Model.SiteConfig site, ShownContent shown, IReadOnlyDictionary<string, RenderedBody> bodies,
        TemplateSet templates, DataViewFactory dataViews, SitePlan plan, PageRenderer renderer, TemplateTimes times, DiagnosticBag bag, BuildClock clock)
    {
        var rendered = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        PageStage.Draw(plan.Jobs, templates, renderer, plan.Views, times, bag,
            (job, html) => rendered[job.Url] = System.Text.Encoding.UTF8.GetString(html), html => rendered["404.html"] = html);
        clock.Mark("pages");
        SiteChecks.Run(site, shown.Articles, shown.Pages, bodies, templates, rendered, dataViews, plan.DataPages, bag);
        return new BuildResult(!bag.HasErrors, bag.Sorted(), rendered.Count, 0, clock.Elapsed, options.ResolvedOutput, bag.Messages);
    }
}
