using System.IO.Enumeration;

namespace Bantin.Incremental;

/// <summary>
/// Size and last write time of a file: what a rebuild compares to know a file changed without reading it.
/// Nanosecond write times make a same-size edit within one second still visible.
/// </summary>
public readonly record struct FileStamp(long Length, long WrittenTicks)
{
    public static FileStamp Of(FileInfo file) => file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : default;

    /// <summary>Every file under <paramref name="folder"/> with its stamp, in path order; empty when the folder is missing.</summary>
    public static IReadOnlyList<(string Path, FileStamp Stamp)> Under(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var files = new FileSystemEnumerable<(string, FileStamp)>(folder,
            (ref FileSystemEntry e) => (e.ToFullPath(), new FileStamp(e.Length, e.LastWriteTimeUtc.UtcTicks)), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            // Not into linked folders: a link to a parent would loop; what a build may read there is its own check.
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        }.ToList();
        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return files;
    }
}
