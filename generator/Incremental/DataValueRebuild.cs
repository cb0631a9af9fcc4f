using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Output;
using Bantin.Render;
using Bantin.Render.Data;
using Bantin.Sources;
using Bantin.Sources.Data;
using Bantin.Stages;

namespace Bantin.Incremental;

/// <summary>
/// A preview rebuild after an edit of data values only: results files saved with every result still at its unit,
/// indicator and period, and the same targets (<see cref="DataVersions.ValuesChanged"/>). Then the index, the plan's
/// pages and their URLs, the periods each unit has a page for, and every body that reads no moved figure stay as the
/// last build made them (<see cref="LastBuild"/>); the planned data pages draw from the new figures, the bodies
/// whose figure calls read a moved figure are rendered again, and only the pages whose key moved are drawn, with the
/// downloads of the units whose figures moved. The bytes are those of a full build.
/// </summary>
public sealed class DataValueRebuild(MarkdownRenderer markdown, BuildOptions options, SiteConfig site, string root, BuildMemory memory, LastBuild last)
{
    private readonly MemoryBodies _stamps = new(memory, root);

    /// <summary>
    /// True when every change since the last build was a value edit under data/: nothing else read (content,
    /// templates, site.yaml) and no result added, gone or moved to another unit, indicator or period.
    /// </summary>
    public static bool Applies(string siteRoot, BuildMemory memory, LastBuild last, TemplateSet templates, DataSet data, DateTimeOffset buildTime)
    {
        if (memory.Files.Changed is not { Count: > 0 } changed || !ReferenceEquals(templates, last.Templates) || ReferenceEquals(data, last.Data)) return false;
        if (memory.DataVersions is not { ValuesChanged: not null, Moved: not null } versions || !ReferenceEquals(versions.MovedFrom, last.Data)) return false;
        // Scheduling moves with the clock: an article whose time came is published, which changes lists.
        if (buildTime < last.BuildTime || buildTime >= last.StableUntil) return false;
        var folder = Path.Combine(Path.GetFullPath(siteRoot), DataLoader.Folder) + Path.DirectorySeparatorChar;
        return changed.All(path => path.StartsWith(folder, StringComparison.Ordinal));
    }

    /// <returns>
    /// Null, having left the last build's views pointing at the new figures, when a body rendered again has errors or
    /// the output folder is gone: the caller then builds in full (and drops the last build).
    /// </returns>
    public BuildResult? Run(DataSet data, DiagnosticBag bag, BuildClock clock)
    {
        if (memory.Output.IsEmpty || !Directory.Exists(options.ResolvedOutput)) return null;
        var moved = memory.DataVersions.Moved!;
        var figures = memory.DataViews(data, (f, shape) => new DataViewFactory(site, data, f, shape));
        clock.Mark("figures");
        last.Views.Refigure(figures);
        last.DataPages.Refigure(figures);
        var plan = Redate(figures, moved);
        clock.Mark("plan");

        var bodies = new FigureBodies(markdown, memory, last, _stamps);
        if (bodies.Render(figures, bag) is not { } changed) return null;
        clock.Mark("bodies");

        var search = last.Search.Afresh();
        var deferSearch = memory.DeferSearch && memory.Output.TryGet(PageDrawing.PageFile(search.Url), out _);
        var (keys, jobs, redrawn) = Rekey(plan, moved, changed, search, deferSearch);
        clock.Mark("keys");

        using var delta = new DeltaOutput(options.ResolvedOutput, memory.Output, memory.Files);
        var output = SiteFileWriter.For(site, delta);
        // The pages and files are those of the last build: only their bytes can change.
        delta.KeepAllBut([]);
        var pages = new PageRenderer(last.Runner, last.Views.Site, UiStrings.For(site.Language));
        var templateTimes = new TemplateTimes();
        PageDrawing.Draw(jobs, pages, templateTimes, (job, html) => output.WriteUtf8(PageDrawing.PageFile(job.Url), html));
        pages.Report(bag);
        clock.Mark("pages");
        if (bag.HasErrors || !WriteFiles(figures, redrawn, plan, changed.Count > 0, output, search, deferSearch, bag))
        {
            memory.Last = null;
            return BuildGuard.Failed(bag, options, clock.Elapsed);
        }
        clock.Mark("files");
        memory.RememberPages(keys);
        memory.RememberDownloads(data.Units.Select(unit => unit.Id));
        (last.Data, last.DataViews, last.Plan) = (data, figures, plan);
        memory.Defer(deferSearch ? cancel => IncrementalBuilder.WriteSearch(options, memory, pages, search, search.Job(last.Index), cancel) : null);
        clock.Mark("swap");
        return new BuildResult(true, bag.Sorted(), jobs.Count, output.FilesWritten, clock.Elapsed, options.ResolvedOutput, bag.Messages)
        {
            Timings = clock.Timings, Templates = templateTimes.Sorted(), Redrawn = jobs.Select(job => job.Url).ToList(),
        };
    }

    /// <summary>
    /// The last plan, its jobs drawing from the new figures (<see cref="DataPages.Refigure"/>): a value edit keeps every
    /// unit's periods, hence every page and URL. Only the date of a unit × period page, its latest correction, can move.
    /// </summary>
    private IReadOnlyList<PageJob> Redate(DataViewFactory figures, IReadOnlySet<string> moved)
    {
        List<PageJob>? plan = null;
        for (var i = 0; i < last.Plan.Count; i++)
        {
            var job = last.Plan[i];
            if (job.Inputs.Data is not { Unit: { } unit, Period: { } period, OnlyItsMonths: false } || !moved.Contains(unit)) continue;
            var corrected = figures.CorrectedOn(unit, period);
            if (corrected == job.LastModified) continue;
            plan ??= [.. last.Plan];
            plan[i] = job with { LastModified = corrected };
        }
        return plan ?? last.Plan;
    }

    /// <summary>The pages that show a moved figure or a body rendered again, keyed again; those whose key moved are drawn.</summary>
    /// <returns>The new keys, the pages to draw, and the URLs of every page whose key moved (drawn or not).</returns>
    private (List<KeyValuePair<string, PageKey>> Keys, List<PageJob> Jobs, HashSet<string> Moved) Rekey(IReadOnlyList<PageJob> plan,
        IReadOnlySet<string> moved, HashSet<object> changed, Render.Search.SearchSite search, bool deferSearch)
    {
        var keys = new List<KeyValuePair<string, PageKey>>();
        var jobs = new List<PageJob>();
        var redrawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in plan)
        {
            if (!Reached(job.Inputs, moved) && !job.Inputs.ShowsAny(changed)) continue;
            var key = PageKey.Of(job, memory.SiteVersion, last.Versions, memory.DataVersions);
            keys.Add(KeyValuePair.Create(job.Url, key));
            if (memory.CanKeep(job.Url, PageDrawing.PageFile(job.Url), key)) continue;
            redrawn.Add(job.Url);
            if (!last.Templates.Has(job.Template)) continue;
            if (job.Url != search.Url) jobs.Add(job);
            else if (!deferSearch) jobs.Add(search.Job(last.Index));
        }
        return (keys, jobs, redrawn);
    }

    private static bool IsCsv(string path) => path.EndsWith("/" + DataDownloads.CsvName, StringComparison.Ordinal);

    private static string PageOf(string csv) => csv[..^DataDownloads.CsvName.Length];

    /// <summary>True when the page shows figures of a unit whose figures moved (or of any unit).</summary>
    private static bool Reached(PageInputs inputs, IReadOnlySet<string> moved) =>
        inputs.Data.Any && (inputs.Data.Unit is not { } unit || moved.Contains(unit));

    private bool WriteFiles(DataViewFactory figures, HashSet<string> redrawn, IReadOnlyList<PageJob> plan, bool bodiesChanged,
        ISiteOutput output, Render.Search.SearchSite search, bool deferSearch, DiagnosticBag bag)
    {
        // A download shows its unit's figures: those of the units the edit did not reach are kept as they are. A table's
        // CSV shows what its unit × period page shows, from the same figures: it is made again only where that page's key moved.
        var made = new DataDownloads(figures, last.DataPages).Jobs()
            .Where(job => !memory.CanKeepDownload(job.Unit, job.Path) && (!IsCsv(job.Path) || redrawn.Contains(PageOf(job.Path)))).ToList();
        Parallel.ForEach(made, job => output.WriteBytes(job.Path, job.Make()));
        // The feed prints the bodies; the sitemap, the date a data page was last corrected.
        if (bodiesChanged) SiteFileWriter.WriteFeed(site, last.Index, last.Views, output);
        if (!ReferenceEquals(plan, last.Plan))
            output.WriteBytes("sitemap.xml", memory.Sitemap(plan, () => FeedWriter.Sitemap(site, plan)));
        if (!deferSearch && bodiesChanged) foreach (var (path, bytes) in search.Files()) output.WriteBytes(path, bytes);
        return BuildGuard.Commit(output, options, bag);
    }
}
