using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Sources;

namespace Bantin.Incremental;

/// <summary>
/// The articles and pages read from content/, by file: a file whose stamp did not change gives back the very same
/// object as last time, which is how later stages recognise what they already drew.
/// </summary>
public sealed class ContentMemory
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, Captured<ContentItem?> Item)> _files = new(StringComparer.Ordinal);
    private string[]? _list;
    // The last build's reads, in the order of _list: a rebuild that changed no file list copies them and re-reads the changed.
    private ContentItem?[]? _items;

    /// <summary>
    /// The Markdown files under content/, relative and in path order: the last list with the watcher's additions and
    /// deletions applied when it knows them, else <paramref name="enumerate"/>.
    /// </summary>
    public string[] Files(string siteRoot, FileProbe probe, Func<string[]> enumerate, Func<string, bool> isContent)
    {
        if (_list is null || probe.Changed is null) return _list = enumerate();
        var root = Path.GetFullPath(siteRoot) + Path.DirectorySeparatorChar;
        List<(string Path, bool Exists)>? moves = null;
        foreach (var full in probe.Changed.Where(p => p.StartsWith(root, StringComparison.Ordinal)))
        {
            var relative = full[root.Length..].Replace(Path.DirectorySeparatorChar, '/');
            if (!isContent(relative)) continue;
            var exists = File.Exists(full);
            if (exists != Array.BinarySearch(_list, relative, StringComparer.Ordinal) >= 0) (moves ??= []).Add((relative, exists));
        }
        // Edits only: the very same list, which tells ReadAll that the last reads line up with it.
        if (moves is null) return _list;
        var files = new SortedSet<string>(_list, StringComparer.Ordinal);
        foreach (var (path, exists) in moves)
            if (exists) files.Add(path);
            else files.Remove(path);
        return _list = [.. files];
    }

    /// <summary>
    /// Every file of <paramref name="files"/> read (null where it cannot become an item), with each file's findings
    /// reported. When the list is the last one and the watcher named the changes, only the changed files are touched.
    /// </summary>
    public ContentItem?[] ReadAll(string siteRoot, string[] files, FileProbe probe, ContentReader reader, DiagnosticBag bag)
    {
        ContentItem?[] items;
        if (ReferenceEquals(files, _list) && _items?.Length == files.Length && probe.Changed is { Count: < 64 } changed)
        {
            items = (ContentItem?[])_items.Clone();
            var root = Path.GetFullPath(siteRoot) + Path.DirectorySeparatorChar;
            var reread = new HashSet<string>(StringComparer.Ordinal);
            foreach (var full in changed.Where(p => p.StartsWith(root, StringComparison.Ordinal)))
            {
                var relative = full[root.Length..].Replace(Path.DirectorySeparatorChar, '/');
                var at = Array.BinarySearch(files, relative, StringComparer.Ordinal);
                if (at < 0) continue;
                items[at] = Read(siteRoot, relative, probe, reader, bag);
                reread.Add(relative);
            }
            foreach (var (path, known) in _files)
                if (known.Item.Diagnostics.Count > 0 && !reread.Contains(path)) known.Item.ReplayInto(bag);
        }
        else
        {
            items = new ContentItem?[files.Length];
            // A few changed files among remembered ones: a plain loop costs less than handing thousands of lookups to threads.
            if (probe.Changed is { Count: < 64 }) for (var i = 0; i < files.Length; i++) items[i] = Read(siteRoot, files[i], probe, reader, bag);
            else Parallel.For(0, files.Length, i => items[i] = Read(siteRoot, files[i], probe, reader, bag));
            Retain(files);
        }
        _items = items;
        return items;
    }

    private ContentItem? Read(string siteRoot, string relativePath, FileProbe probe, ContentReader reader, DiagnosticBag bag)
    {
        var full = Path.Join(siteRoot, relativePath);
        // The watcher vouches for every file it did not name: no need to ask the disk.
        if (_files.TryGetValue(relativePath, out var known) && probe.Changed is { } changed && !changed.Contains(full))
            return known.Item.ReplayInto(bag);
        var stamp = probe.Stamp(full);
        if (known.Item is null || known.Stamp != stamp)
        {
            known = (stamp, Captured<ContentItem?>.Run(bag.Messages, b => reader.Read(siteRoot, relativePath, b)));
            _files[relativePath] = known;
        }
        return known.Item.ReplayInto(bag);
    }

    /// <summary>The article or page last read from <paramref name="relativePath"/>, or null (unread, gone, or not readable).</summary>
    public ContentItem? Current(string relativePath) => _files.TryGetValue(relativePath, out var known) ? known.Item.Value : null;

    /// <summary>Drops files that are gone, so a deleted article does not linger.</summary>
    public void Retain(IReadOnlyCollection<string> relativePaths)
    {
        var keep = relativePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files.Keys) if (!keep.Contains(path)) _files.TryRemove(path, out _);
    }

    public void Forget()
    {
        _files.Clear();
        _list = null;
        _items = null;
    }
}
