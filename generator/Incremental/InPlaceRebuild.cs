using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Output;
using Bantin.Render;
using Bantin.Sources;
using Bantin.Stages;

namespace Bantin.Incremental;

/// <summary>
/// A preview rebuild after in-place edits (<see cref="LastBuild"/>): bodies, and the title, author or summary of
/// articles. The changed bodies are rendered, the pages that show the changed items are keyed again and drawn where
/// their key moved, and every other file is kept without being looked at. The bytes are those of a full build; the
/// work is that of the edit.
/// </summary>
public sealed class InPlaceRebuild(MarkdownRenderer markdown, BuildOptions options, SiteConfig site, string root, BuildMemory memory, LastBuild last)
{
    private readonly MemoryBodies _stamps = new(memory, root);

    private sealed record Redone(string Path, ContentItem Item, ContentItem Read, string Folder, string Url, string? Image, RenderedBody Before, RenderedBody After);

    /// <returns>
    /// Null, having changed nothing, when a new body has errors (a full build reports them with everything else) or
    /// the output folder is gone.
    /// </returns>
    public BuildResult? Run(IReadOnlyList<(string Path, ContentItem? Shown, ContentItem Source)> edits, DiagnosticBag bag, BuildClock clock)
    {
        // Every other file is kept as the last build wrote it: not if the folder went away meanwhile.
        if (memory.Output.IsEmpty || !Directory.Exists(options.ResolvedOutput)) return null;
        if (RenderBodies(edits, bag) is not { } redone) return null;
        memory.Bodies.Replay(bag, edits.Select(e => e.Path).ToHashSet(StringComparer.Ordinal));
        clock.Mark("bodies");

        var changed = TakeIn(redone);
        var search = last.Search.Afresh();
        var deferSearch = memory.DeferSearch && memory.Output.TryGet(PageDrawing.PageFile(search.Url), out _);
        var (keys, jobs) = Rekey(changed, search, deferSearch);
        clock.Mark("keys");

        using var delta = new DeltaOutput(options.ResolvedOutput, memory.Output, memory.Files);
        var output = SiteFileWriter.For(site, delta);
        // The files beside an edited item that its old body used may be gone from the new one; every other file stays.
        delta.KeepAllBut(redone.SelectMany(r => LocalFiles.Used(r.Before, r.Image).Select(file => r.Url + file)).ToList());
        var pages = new PageRenderer(last.Runner, last.Views.Site, UiStrings.For(site.Language));
        var templateTimes = new TemplateTimes();
        PageDrawing.Draw(jobs, pages, templateTimes, (job, html) => output.WriteUtf8(PageDrawing.PageFile(job.Url), html));
        pages.Report(bag);
        clock.Mark("pages");
        if (bag.HasErrors || !WriteFiles(redone, output, search, deferSearch, bag))
        {
            memory.Last = null;
            return BuildGuard.Failed(bag, options, clock.Elapsed);
        }
        memory.RememberPages(keys);
        foreach (var (path, _, source) in edits) last.Sources[path] = source;
        last.Articles = last.Articles.SetItems(redone.Select(r => r.Read).OfType<Article>().Select(a => KeyValuePair.Create(a.Url, a)));
        memory.Defer(deferSearch ? cancel => IncrementalBuilder.WriteSearch(options, memory, pages, search, search.Job(last.Index), cancel) : null);
        clock.Mark("swap");
        return new BuildResult(true, bag.Sorted(), jobs.Count, output.FilesWritten, clock.Elapsed, options.ResolvedOutput, bag.Messages)
        {
            Timings = clock.Timings, Templates = templateTimes.Sorted(), Redrawn = jobs.Select(job => job.Url).ToList(),
        };
    }

    /// <summary>The new bodies of the published items; null when one has errors.</summary>
    private List<Redone>? RenderBodies(IReadOnlyList<(string Path, ContentItem? Shown, ContentItem Source)> edits, DiagnosticBag bag)
    {
        var renderer = new BodyRenderer(markdown, last.Runner, last.DataViews, memory.Bodies);
        var files = new SiteFiles(root, site.Symlinks);
        var found = new DiagnosticBag(bag.Messages);
        var redone = new List<Redone>();
        foreach (var (path, shown, source) in edits)
        {
            // Not published: no page shows it, and a full build does not render its body either.
            if (shown is null) continue;
            var edited = BodySource.Of(source);
            var body = _stamps.Render(edited, found, into => BodyStage.RenderOne(renderer, edited, into));
            LocalFiles.Check(files, edited with { Image = null }, body, found, memory.Files.Exists);
            redone.Add(new Redone(path, shown, source, edited.SourceFolder, edited.Url, edited.Image, last.Bodies[path], body));
        }
        if (found.HasErrors) return null;
        foreach (var diagnostic in found.Sorted()) bag.Add(diagnostic);
        return redone;
    }

    /// <summary>From here on the last build's views show the new bodies and the new reads' text.</summary>
    private HashSet<object> TakeIn(List<Redone> redone)
    {
        var changed = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var r in redone)
        {
            last.Bodies[r.Path] = r.After;
            if (r.Item is Article article) last.Views.Reread(article, (Article)r.Read);
            // Versioned by the new read: a new title moves the card version of every page that lists the article.
            last.Versions[r.Item] = memory.Versions.Update(r.Read, r.Path, r.After, _stamps.Stamp(r.Folder, r.After, r.Image));
            changed.Add(r.Item);
        }
        return changed;
    }

    /// <summary>The pages that show a changed item, keyed again; those whose key moved are drawn.</summary>
    private (List<KeyValuePair<string, PageKey>> Keys, List<PageJob> Jobs) Rekey(HashSet<object> changed, Render.Search.SearchSite search, bool deferSearch)
    {
        var keys = new List<KeyValuePair<string, PageKey>>();
        var jobs = new List<PageJob>();
        var one = changed.Count == 1 ? changed.First() : null;
        foreach (var job in last.Plan)
        {
            if (!job.Inputs.ShowsAny(changed, one)) continue;
            var key = PageKey.Of(job, memory.SiteVersion, last.Versions, memory.DataVersions);
            keys.Add(KeyValuePair.Create(job.Url, key));
            if (memory.CanKeep(job.Url, PageDrawing.PageFile(job.Url), key) || !last.Templates.Has(job.Template)) continue;
            if (job.Url != search.Url) jobs.Add(job);
            else if (!deferSearch) jobs.Add(search.Job(last.Index));
        }
        return (keys, jobs);
    }

    private bool WriteFiles(List<Redone> redone, ISiteOutput output, Render.Search.SearchSite search, bool deferSearch, DiagnosticBag bag)
    {
        LocalFiles.Copy(root, redone.Select(r => (r.Folder, r.Url, r.After, r.Image)), output);
        SiteFileWriter.WriteFeed(site, last.Index, last.Views, output);
        if (!deferSearch) foreach (var (path, bytes) in search.Files()) output.WriteBytes(path, bytes);
        return BuildGuard.Commit(output, options, bag);
    }
}
