namespace Bantin.Preview;

/// <summary>
/// Maps a request path to a file of a build folder, and refuses every path that could reach outside it:
/// dot segments, encoded slashes and backslashes left after decoding, drive or stream names, and symbolic
/// links whose target is elsewhere. Anything refused is simply not found, so probing learns nothing.
/// </summary>
public static class OutputPaths
{
    private const int MaxLinkDepth = 32;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <param name="folder">The build folder.</param>
    /// <param name="basePath">The site's sub-path, decoded, starting and ending with '/'.</param>
    /// <param name="requestPath">The request path as ASP.NET Core gives it: percent-decoded, except "%2F".</param>
    public static Resolution Resolve(string folder, string basePath, string requestPath)
    {
        if (requestPath + "/" == basePath) return new Resolution.Redirect(basePath);
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal)) return Resolution.NotFound.Instance;
        var relative = requestPath[basePath.Length..];
        if (!IsPlainRelative(relative)) return Resolution.NotFound.Instance;

        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var full = Path.GetFullPath(Path.Join(root, relative)).TrimEnd(Path.DirectorySeparatorChar);
        if (!IsInside(root, full)) return Resolution.NotFound.Instance;

        if (Directory.Exists(full))
        {
            if (relative.Length > 0 && !relative.EndsWith('/')) return new Resolution.Redirect(requestPath + "/");
            full = Path.Join(full, "index.html");
        }
        else if (relative.EndsWith('/'))
        {
            return Resolution.NotFound.Instance;
        }
        return File.Exists(full) && StaysInside(root, full, 0) ? new Resolution.File(full) : Resolution.NotFound.Instance;
    }

    /// <summary>
    /// True for "a/b/c.html" and "a/b/": segments of ordinary names only. Refusing rather than normalising means
    /// no trick of decoding order can turn a refused segment into "..".
    /// </summary>
    public static bool IsPlainRelative(string relative)
    {
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0)
            {
                if (i == segments.Length - 1) continue; // the trailing slash of a folder, or the site root itself
                return false;                           // "//" or a leading '/': an absolute path in disguise
            }
            if (segment is "." or "..") return false;
            foreach (var c in segment)
                if (c is '\\' or '%' or ':' || char.IsControl(c)) return false;
        }
        return true;
    }

    private static bool IsInside(string root, string full) =>
        full.Equals(root, PathComparison) ||
        (full.StartsWith(root, PathComparison) && full.Length > root.Length && full[root.Length] == Path.DirectorySeparatorChar);

    /// <summary>Walks from the root down to <paramref name="full"/>; every link on the way must resolve inside the root.</summary>
    private static bool StaysInside(string root, string full, int depth)
    {
        if (depth > MaxLinkDepth || !IsInside(root, full)) return false;
        var relative = Path.GetRelativePath(root, full);
        if (relative == ".") return true;
        var current = root;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Join(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is null) continue;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !StaysInside(root, Path.GetFullPath(target.FullName), depth + 1)) return false;
        }
        return true;
    }
}
