using System.Collections.Concurrent;
using Bantin.Output;

namespace Bantin.Incremental;

/// <summary>
/// Stamps of the site's files, asked for by path. When the preview's watcher says which files changed, every other
/// file keeps the stamp it had and is not even looked at: at 10,000 articles a rebuild would otherwise spend its
/// time asking the disk about files nobody touched. When the changes are unknown (first build, watcher overflow),
/// every file is looked at again.
/// </summary>
public sealed class FileProbe : IFileStamps
{
    private readonly ConcurrentDictionary<string, FileStamp> _known = new(StringComparer.Ordinal);
    private HashSet<string>? _changed;

    /// <summary>Full paths of the files that changed since the last build, or null when unknown.</summary>
    public IReadOnlySet<string>? Changed => _changed;

    public void Begin(string siteRoot, IEnumerable<string>? changedRelativePaths)
    {
        if (changedRelativePaths is null)
        {
            _changed = null;
            _known.Clear();
            return;
        }
        _changed = changedRelativePaths.Select(p => Path.GetFullPath(Path.Combine(siteRoot, p))).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _changed) _known.TryRemove(path, out _);
    }

    public FileStamp Stamp(string fullPath) =>
        _known.TryGetValue(fullPath, out var stamp) ? stamp : _known[fullPath] = FileStamp.Of(new FileInfo(fullPath));

    (long Length, long WrittenTicks) IFileStamps.Of(string fullPath) => Stamp(fullPath) is var s ? (s.Length, s.WrittenTicks) : default;

    public bool Exists(string fullPath) => Stamp(fullPath) != default;

    /// <summary>True when the watcher vouches that nothing under <paramref name="folder"/> (or the file itself) changed.</summary>
    public bool UnchangedUnder(string folder)
    {
        if (_changed is null) return false;
        var prefix = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return !_changed.Any(p => p.StartsWith(prefix, StringComparison.Ordinal) || p == folder.TrimEnd(Path.DirectorySeparatorChar));
    }
}
