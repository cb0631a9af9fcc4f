namespace Bantin.Sources;

/// <summary>Site-relative paths, always with '/', the way messages and the output name them.</summary>
public static class SitePaths
{
    /// <summary>
    /// The path of <paramref name="full"/> relative to <paramref name="root"/>, with '/'. Only the system's own separator
    /// is turned into '/': on Linux "a\b.md" is one file name, and reading "a/b.md" instead would fail.
    /// </summary>
    public static string Relative(string root, string full)
    {
        var relative = Path.GetRelativePath(root, full);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>False for a file name that other systems cannot hold or that would change meaning in a path: '\' or a control character.</summary>
    public static bool IsPortableName(string relative) => !relative.Any(c => c == '\\' || char.IsControl(c));
}
