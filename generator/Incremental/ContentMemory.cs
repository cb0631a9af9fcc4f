using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Sources;

namespace Bantin.Incremental;

/// <summary>
/// The articles and pages read from content/, by file: a file whose stamp did not change gives back the very same
/// object as last time, which is how later stages recognise what they already drew.
/// </summary>
public sealed class ContentMemory
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, Captured<object?> Item)> _files = new(StringComparer.Ordinal);
    private string[]? _list;

    /// <summary>
    /// The Markdown files under content/, relative and in path order: the last list with the watcher's additions and
    /// deletions applied when it knows them, else <paramref name="enumerate"/>.
    /// </summary>
    public string[] Files(string siteRoot, FileProbe probe, Func<string[]> enumerate, Func<string, bool> isContent)
    {
        if (_list is null || probe.Changed is null) return _list = enumerate();
        var files = new SortedSet<string>(_list, StringComparer.Ordinal);
        var root = Path.GetFullPath(siteRoot) + Path.DirectorySeparatorChar;
        foreach (var full in probe.Changed.Where(p => p.StartsWith(root, StringComparison.Ordinal)))
        {
            var relative = full[root.Length..].Replace(Path.DirectorySeparatorChar, '/');
            if (!isContent(relative)) continue;
            if (File.Exists(full)) files.Add(relative);
            else files.Remove(relative);
        }
        return _list = [.. files];
    }

    public object? Read(string siteRoot, string relativePath, FileProbe probe, ContentReader reader, DiagnosticBag bag)
    {
        var full = Path.Join(siteRoot, relativePath);
        // The watcher vouches for every file it did not name: no need to ask the disk.
        if (_files.TryGetValue(relativePath, out var known) && probe.Changed is { } changed && !changed.Contains(full))
            return known.Item.ReplayInto(bag);
        var stamp = probe.Stamp(full);
        if (known.Item is null || known.Stamp != stamp)
        {
            known = (stamp, Captured<object?>.Run(bag.Messages, b => reader.Read(siteRoot, relativePath, b)));
            _files[relativePath] = known;
        }
        return known.Item.ReplayInto(bag);
    }

    /// <summary>The article or page last read from <paramref name="relativePath"/>, or null (unread, gone, or not readable).</summary>
    public object? Current(string relativePath) => _files.TryGetValue(relativePath, out var known) ? known.Item.Value : null;

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
    }
}
