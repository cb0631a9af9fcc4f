using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Render;

namespace Bantin.Incremental;

/// <summary>
/// Rendered article and page bodies. A body is drawn again when its file changed, or, if it calls figure functions,
/// when the figures it can read (its unit's, or any unit's when it names one) or the templates its figures use
/// changed; plain Markdown depends on nothing else.
/// </summary>
public sealed class BodyMemory
{
    private readonly ConcurrentDictionary<string, Entry> _bodies = new(StringComparer.Ordinal);

    /// <param name="localFiles">A stamp of the files beside the source that a body uses (images: their sizes go into the HTML).</param>
    public RenderedBody Render(ContentItem item, string sourcePath, string body, string? unit, DataVersions data, long templateVersion,
        Func<RenderedBody, long> localFiles, DiagnosticBag bag, Func<DiagnosticBag, RenderedBody> render)
    {
        // The same item is the same file read, hence the same body: its figure use is known (a scan of every body
        // of a large site on every rebuild otherwise costs more than the rebuild's own work).
        var same = _bodies.TryGetValue(sourcePath, out var found) && ReferenceEquals(found.Item, item) ? found : null;
        var use = same?.Use ?? FigureUse.Of(body, unit);
        var dataVersion = use.Data is { } reads ? data.Of(reads) : 0;
        if (same is not null
            && (use.Data is null || (same.DataVersion == dataVersion && same.TemplateVersion == templateVersion))
            && localFiles(same.Body.Value) == same.LocalFiles)
            return same.Body.ReplayInto(bag);

        var rendered = Captured<RenderedBody>.Run(bag.Messages, render);
        var known = new Entry(item, use, dataVersion, templateVersion, localFiles(rendered.Value), rendered);
        _bodies[sourcePath] = known;
        return known.Body.ReplayInto(bag);
    }

    /// <summary>Reports again the findings of every remembered body but <paramref name="except"/>, as rendering them would.</summary>
    public void Replay(DiagnosticBag bag, IReadOnlySet<string> except)
    {
        foreach (var (path, entry) in _bodies)
            if (entry.Body.Diagnostics.Count > 0 && !except.Contains(path)) entry.Body.ReplayInto(bag);
    }

    public void Retain(IReadOnlyCollection<string> sourcePaths)
    {
        var keep = sourcePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _bodies.Keys) if (!keep.Contains(path)) _bodies.TryRemove(path, out _);
    }

    public void Forget() => _bodies.Clear();

    private sealed record Entry(ContentItem Item, FigureUse Use, long DataVersion, long TemplateVersion, long LocalFiles, Captured<RenderedBody> Body);
}
