using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Render;
using Bantin.Render.Data;
using Bantin.Stages;

namespace Bantin.Incremental;

/// <summary>
/// After an edit of data values: the bodies whose figure calls read a moved figure (<see cref="BodyMemory.FiguresMoved"/>),
/// rendered again over the new figures and put into the last build's bodies, views and versions. Every other body is
/// the last build's, looked at no more than a full rebuild's body cache would.
/// </summary>
public sealed class FigureBodies(MarkdownRenderer markdown, BuildMemory memory, LastBuild last, MemoryBodies stamps)
{
    /// <returns>
    /// The items (as the index holds them) whose version moved, for the pages that show them to be keyed again; null,
    /// having changed nothing of the last build, when a body rendered again has errors (a full build reports them).
    /// </returns>
    public HashSet<object>? Render(DataViewFactory figures, DiagnosticBag bag)
    {
        var paths = memory.Bodies.FiguresMoved(memory.DataVersions);
        var renderer = new BodyRenderer(markdown, last.Runner, figures, memory.Bodies);
        var found = new DiagnosticBag(bag.Messages);
        var redone = new List<(string Path, ContentItem Shown, ContentItem Read, BodySource Source, RenderedBody Body)>(paths.Count);
        foreach (var path in paths)
        {
            // Kept for published items only; a full build renders no other body either.
            if (!last.Shown.TryGetValue(path, out var shown) || !last.Sources.TryGetValue(path, out var read)) continue;
            var source = BodySource.Of(read);
            redone.Add((path, shown, read, source, stamps.Render(source, found, into => BodyStage.RenderOne(renderer, source, into))));
        }
        if (found.HasErrors) return null;
        memory.Bodies.Replay(bag, paths.ToHashSet(StringComparer.Ordinal));
        foreach (var diagnostic in found.Sorted()) bag.Add(diagnostic);
        return TakeIn(redone);
    }

    /// <summary>From here on the last build's views show the new bodies.</summary>
    private HashSet<object> TakeIn(List<(string Path, ContentItem Shown, ContentItem Read, BodySource Source, RenderedBody Body)> redone)
    {
        var changed = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (path, shown, read, source, body) in redone)
        {
            last.Bodies[path] = body;
            // Its card prints the lead paragraph, which may hold a figure.
            if (shown is Article article) last.Views.Reread(article, (Article)read);
            var version = memory.Versions.Update(read, path, body, stamps.Stamp(source.SourceFolder, body, source.Image));
            if (last.Versions.TryGetValue(shown, out var before) && before == version) continue;
            last.Versions[shown] = version;
            changed.Add(shown);
        }
        return changed;
    }
}
