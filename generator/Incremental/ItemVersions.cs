using Bantin.Render;

namespace Bantin.Incremental;

/// <summary>
/// A number per article or page that changes exactly when what other pages show of it can change: its file, or
/// its rendered body (figures that follow the data). A page's key lists the versions of the items it shows.
/// </summary>
public sealed class ItemVersions
{
    private readonly Dictionary<string, (object Item, RenderedBody Body, long Files, long Version)> _known = new(StringComparer.Ordinal);
    private long _next;

    /// <summary>Versions of this build's items, by object; items of one build are looked up by reference.</summary>
    /// <param name="items">Each item with its body and a stamp of its local files (images: cards show their sizes).</param>
    public IReadOnlyDictionary<object, long> Update(IEnumerable<(object Item, string SourcePath, RenderedBody Body, long Files)> items)
    {
        var versions = new Dictionary<object, long>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, path, body, files) in items)
        {
            seen.Add(path);
            if (!_known.TryGetValue(path, out var known) || !ReferenceEquals(known.Item, item) || !SameText(known.Body, body) || known.Files != files)
                _known[path] = known = (item, body, files, ++_next);
            versions[item] = known.Version;
        }
        foreach (var path in _known.Keys.Where(p => !seen.Contains(p)).ToList()) _known.Remove(path);
        return versions;
    }

    private static bool SameText(RenderedBody a, RenderedBody b) =>
        ReferenceEquals(a, b) || (string.Equals(a.Html, b.Html, StringComparison.Ordinal) && string.Equals(a.FirstParagraph, b.FirstParagraph, StringComparison.Ordinal));
}
