using Bantin.Model;
using Bantin.Render;

namespace Bantin.Incremental;

/// <summary>
/// Numbers per article or page that change exactly when what pages show of it can change: its front matter, its
/// rendered body (figures follow the data) or its images. A page's key lists the versions of the items it shows.
/// </summary>
public sealed class ItemVersions
{
    private readonly Dictionary<string, (ContentItem Item, RenderedBody Body, long Files, ItemVersion Version)> _known = new(StringComparer.Ordinal);
    private long _next;

    /// <summary>Versions of this build's items, by object; items of one build are looked up by reference.</summary>
    /// <param name="items">Each item with its body and a stamp of its local files (images: cards show their sizes).</param>
    public Dictionary<object, ItemVersion> Update(IEnumerable<(ContentItem Item, string SourcePath, RenderedBody Body, long Files)> items)
    {
        var versions = new Dictionary<object, ItemVersion>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, path, body, files) in items)
        {
            seen.Add(path);
            versions[item] = Update(item, path, body, files);
        }
        foreach (var path in _known.Keys.Where(p => !seen.Contains(p)).ToList()) _known.Remove(path);
        return versions;
    }

    /// <summary>The versions of one item, moved on where its body or files differ from what was last seen at its path.</summary>
    public ItemVersion Update(ContentItem item, string sourcePath, RenderedBody body, long files)
    {
        // A new read of the file whose front matter is the same shows the same card, lead paragraph aside.
        if (!_known.TryGetValue(sourcePath, out var known) || known.Files != files
            || (!ReferenceEquals(known.Item, item) && !BodyOnly.Differs(known.Item, item)))
        {
            var fresh = ++_next;
            known = (item, body, files, new ItemVersion(fresh, fresh));
        }
        else if (!ReferenceEquals(known.Body, body))
        {
            var lead = string.Equals(known.Body.FirstParagraph, body.FirstParagraph, StringComparison.Ordinal);
            var rest = known.Body.SameHtml(body);
            var card = lead ? known.Version.Card : ++_next;
            var whole = lead && rest ? known.Version.Whole : card == known.Version.Card ? ++_next : card;
            known = (item, body, files, new ItemVersion(card, whole));
        }
        known.Item = item;
        _known[sourcePath] = known;
        return known.Version;
    }
}
