using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Render;

namespace Bantin.Incremental;

/// <summary>
/// Rendered article and page bodies. A body is drawn again when its file changed, or, if it calls figure functions,
/// when the figures its calls read (each a unit and a period: <see cref="IFigureReadLog"/>) or the templates its
/// figures use changed; plain Markdown depends on nothing else.
/// </summary>
public sealed class BodyMemory : IFigureReadLog
{
    private readonly ConcurrentDictionary<string, Entry> _bodies = new(StringComparer.Ordinal);
    // What the body being rendered read, told by the renderer before its render returns (one render per path at a time).
    private readonly ConcurrentDictionary<string, DataUse[]> _reads = new(StringComparer.Ordinal);
    private int _renders;

    /// <summary>How many bodies were rendered rather than taken over, since this memory was made (for tests).</summary>
    public int Renders => _renders;

    /// <param name="localFiles">A stamp of the files beside the source that a body uses (images: their sizes go into the HTML).</param>
    public RenderedBody Render(ContentItem item, string sourcePath, string body, string? unit, DataVersions data, long templateVersion,
        Func<RenderedBody, long> localFiles, DiagnosticBag bag, Func<DiagnosticBag, RenderedBody> render)
    {
        // The same item is the same file read, hence the same body: its figure use is known (a scan of every body
        // of a large site on every rebuild otherwise costs more than the rebuild's own work).
        var same = _bodies.TryGetValue(sourcePath, out var found) && ReferenceEquals(found.Item, item) ? found : null;
        if (same is not null
            && (same.Reads is null || (same.TemplateVersion == templateVersion && Same(same.DataVersions, same.Reads, data)))
            && localFiles(same.Body.Value) == same.LocalFiles)
            return same.Body.ReplayInto(bag);

        Interlocked.Increment(ref _renders);
        _reads.TryRemove(sourcePath, out _);
        var rendered = Captured<RenderedBody>.Run(bag.Messages, render);
        var reads = Reads(sourcePath, body, unit);
        var known = new Entry(item, reads, reads is null ? [] : Versions(reads, data), templateVersion, localFiles(rendered.Value), rendered);
        _bodies[sourcePath] = known;
        return known.Body.ReplayInto(bag);
    }

    /// <summary>
    /// The bodies whose figure calls read a figure that <paramref name="data"/> moved since they were rendered: those
    /// <see cref="Render"/> would render again, found without looking at the bodies that call no figure function.
    /// </summary>
    public List<string> FiguresMoved(DataVersions data)
    {
        var moved = new List<string>();
        foreach (var (path, entry) in _bodies)
            if (entry.Reads is { } reads && !Same(entry.DataVersions, reads, data)) moved.Add(path);
        moved.Sort(StringComparer.Ordinal);
        return moved;
    }

    public void Record(string sourcePath, IReadOnlyCollection<DataUse> reads) => _reads[sourcePath] = reads.ToArray();

    /// <summary>
    /// What the body's figures can read: what its calls read as the renderer told, or, from a renderer that did not
    /// tell, its unit's figures or any unit's (<see cref="FigureUse"/>); null when it calls no figure function.
    /// </summary>
    private DataUse[]? Reads(string sourcePath, string body, string? unit) =>
        _reads.TryRemove(sourcePath, out var told) ? told : FigureUse.Of(body, unit).Data is { } use ? [use] : null;

    /// <summary>
    /// One version for units.yaml and indicators.yaml (every call resolves its indicator and unit against them, and
    /// one that failed read nothing else), then one per figure read.
    /// </summary>
    private static long[] Versions(DataUse[] reads, DataVersions data)
    {
        var versions = new long[reads.Length + 1];
        versions[0] = data.Base;
        for (var i = 0; i < reads.Length; i++) versions[i + 1] = data.Of(reads[i]);
        return versions;
    }

    private static bool Same(long[] versions, DataUse[] reads, DataVersions data)
    {
        if (versions[0] != data.Base) return false;
        for (var i = 0; i < reads.Length; i++)
            if (versions[i + 1] != data.Of(reads[i])) return false;
        return true;
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

    /// <param name="Reads">Null when the body calls no figure function: it depends on its file alone.</param>
    private sealed record Entry(ContentItem Item, DataUse[]? Reads, long[] DataVersions, long TemplateVersion, long LocalFiles, Captured<RenderedBody> Body);
}
