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

    public object? Read(string siteRoot, string relativePath, ContentReader reader, DiagnosticBag bag)
    {
        var stamp = FileStamp.Of(new FileInfo(Path.Combine(siteRoot, relativePath)));
        if (!_files.TryGetValue(relativePath, out var known) || known.Stamp != stamp)
        {
            known = (stamp, Captured<object?>.Run(bag.Messages, b => reader.Read(siteRoot, relativePath, b)));
            _files[relativePath] = known;
        }
        return known.Item.ReplayInto(bag);
    }

    /// <summary>Drops files that are gone, so a deleted article does not linger.</summary>
    public void Retain(IReadOnlyCollection<string> relativePaths)
    {
        var keep = relativePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files.Keys) if (!keep.Contains(path)) _files.TryRemove(path, out _);
    }

    public void Forget() => _files.Clear();
}
