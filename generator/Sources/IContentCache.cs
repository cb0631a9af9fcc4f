using Bantin.Diagnostics;
using Bantin.Model;

namespace Bantin.Sources;

/// <summary>
/// What a preview remembers of content/ between builds: the file list with the watcher's changes applied, and the
/// very same item for a file that did not change. Owned here so that Sources does not know the preview's memory
/// (Incremental implements it); a one-shot build has none and reads everything.
/// </summary>
public interface IContentCache
{
    /// <summary>The Markdown files under content/, relative and in path order; <paramref name="enumerate"/> lists them afresh.</summary>
    string[] List(string siteRoot, Func<string[]> enumerate, Func<string, bool> isContent);

    /// <summary>Every file of <paramref name="files"/> read (null where it cannot become an item), its findings reported into <paramref name="bag"/>.</summary>
    ContentItem?[] ReadAll(string siteRoot, string[] files, ContentReader reader, DiagnosticBag bag);
}
