using System.Collections.Concurrent;
using Bantin.Sources;

namespace Bantin.Render;

/// <summary>
/// Sizes of the images kept beside articles, read once per file and shared by the body and every card that shows it,
/// so each &lt;img&gt; gets width and height and the page does not shift while it loads.
/// </summary>
public sealed class LocalImages(string siteRoot)
{
    // The preview keeps this across rebuilds: an image replaced by one of another size must not keep its old size.
    private readonly ConcurrentDictionary<string, (long Length, long Written, (int Width, int Height)? Size)> _sizes = new(StringComparer.Ordinal);

    /// <summary>The size of <paramref name="relative"/> (as written in Markdown or front matter) beside the source file
    /// <paramref name="sourcePath"/> (relative to the site), or null when it is not a readable local image.</summary>
    public (int Width, int Height)? SizeOf(string sourcePath, string relative)
    {
        if (siteRoot.Length == 0 || !MarkdownRenderer.IsLocal(relative)) return null;
        var name = Uri.UnescapeDataString(relative);
        if (!LocalFileName.IsUsable(name)) return null;
        var folder = Path.GetFullPath(Path.Combine(siteRoot, Path.GetDirectoryName(sourcePath) ?? ""));
        var full = Path.GetFullPath(Path.Combine(folder, name));
        // Only files inside the article's folder, as the build copies them; anything else is reported by the build.
        if (!full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        var file = new FileInfo(full);
        // Never opened when it could block or never end (a FIFO, /dev/zero): the build reports it.
        if (!file.Exists || UnixFileType.IsRegularFile(full) == false) return null;
        var (length, written) = (file.Length, file.LastWriteTimeUtc.Ticks);
        if (_sizes.TryGetValue(full, out var known) && known.Length == length && known.Written == written) return known.Size;
        var size = ImageSize.Read(full);
        _sizes[full] = (length, written, size);
        return size;
    }
}
