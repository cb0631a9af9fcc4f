using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Model;

namespace Bantin.Sources;

/// <summary>
/// The one door to the site's files for everything a build reads or publishes. A file is used only when the path to
/// it stays inside the site (a symbolic link may lead elsewhere only where site.yaml allows it), every link on the
/// way resolves (no dangling link, no loop), it is a regular file (a FIFO would block the build, /dev/zero never
/// end), and a text file is at most <see cref="MaxTextBytes"/>. Anything else is an error at the path, before the
/// file is opened.
/// </summary>
public sealed class SiteFiles
{
    /// <summary>The largest Markdown, YAML or template file read: far above any real article, far below a build's memory.</summary>
    public const long MaxTextBytes = 50L * 1024 * 1024;

    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _root;
    private readonly string? _realRoot;
    private readonly SymlinkPolicy _policy;
    private readonly IReadOnlyList<string> _allowed;
    // Folders already walked, with what was found: articles share a handful of folders.
    private readonly ConcurrentDictionary<string, (FileProblem Problem, string? Target)> _folders = new(StringComparer.Ordinal);

    public SiteFiles(string siteRoot, SymlinkPolicy? policy = null)
    {
        _root = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar);
        _realRoot = RealPath(_root);
        _policy = policy ?? SymlinkPolicy.Default;
        _allowed = _policy.Folders.Select(f => RealPath(Path.GetFullPath(f, _root))).OfType<string>().ToList();
    }

    public string Root => _root;

    /// <summary>
    /// Why <paramref name="relative"/> (site-relative, '/') may not be used, if it may not; <paramref name="target"/> is
    /// the link target involved. <paramref name="text"/> files are also held to <see cref="MaxTextBytes"/>.
    /// </summary>
    public FileProblem Check(string relative, bool text, out string? target)
    {
        target = null;
        var parts = relative.Split('/');
        var current = _root;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Join(current, parts[i]);
            var last = i == parts.Length - 1;
            var (problem, found) = last ? Link(current) : _folders.GetOrAdd(current, Link);
            if (problem != FileProblem.None)
            {
                target = found;
                return problem;
            }
        }
        var file = new FileInfo(current);
        if (!file.Exists) return Directory.Exists(current) ? FileProblem.NotRegular : FileProblem.Missing;
        if (UnixFileType.IsRegularFile(current) == false) return FileProblem.NotRegular;
        // Follows a link to its file: FileInfo of the link itself gives the length of the link.
        var length = file.LinkTarget is null ? file.Length : new FileInfo(file.ResolveLinkTarget(returnFinalTarget: true)!.FullName).Length;
        return text && length > MaxTextBytes ? FileProblem.TooLarge : FileProblem.None;
    }

    public bool Usable(string relative, bool text, DiagnosticBag bag)
    {
        var problem = Check(relative, text, out var target);
        if (problem == FileProblem.None) return true;
        Report(relative, problem, target, bag);
        return false;
    }

    /// <summary>A text file's content (UTF-8, NFC); false after reporting why it cannot be read.</summary>
    public bool TryReadText(string relative, DiagnosticBag bag, out string text)
    {
        text = "";
        if (!Usable(relative, text: true, bag)) return false;
        var full = Path.Join(_root, relative);
        // Where the system cannot tell a FIFO from an empty file, an empty-looking file is not opened: it reads as empty.
        if (UnixFileType.IsRegularFile(full) is null && new FileInfo(full).Length == 0 && new FileInfo(full).LinkTarget is null) return true;
        if (SourceText.TryRead(full, out text)) return true;
        bag.Error(SourceSpan.FileOnly(relative), bag.Messages.NotUtf8());
        return false;
    }

    public static void Report(string relative, FileProblem problem, string? target, DiagnosticBag bag) =>
        bag.Error(SourceSpan.FileOnly(relative), bag.Messages.UnusableFile(problem, target, MaxTextBytes));

    /// <summary>
    /// The files under <paramref name="folder"/> (site-relative), site-relative with '/', in no set order. Links to
    /// folders are followed only where allowed, each real folder once, so a link to a parent cannot loop; a link that
    /// may not be followed is reported at the link.
    /// </summary>
    public IEnumerable<string> Under(string folder, DiagnosticBag bag)
    {
        var start = Path.Join(_root, folder);
        if (!Directory.Exists(start)) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var relativeFolder = pending.Pop();
            var full = Path.Join(_root, relativeFolder);
            if (!seen.Add(RealPath(full) ?? full)) continue;
            IEnumerable<FileSystemInfo> entries;
            try { entries = new DirectoryInfo(full).EnumerateFileSystemInfos().ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            foreach (var entry in entries)
            {
                var relative = relativeFolder + "/" + entry.Name;
                if (entry.LinkTarget is null)
                {
                    if (entry is DirectoryInfo) pending.Push(relative);
                    else yield return relative;
                    continue;
                }
                var (problem, target) = Link(entry.FullName);
                if (problem != FileProblem.None)
                {
                    // A link to a file is reported where the file is used (an unused one harms nothing); a link to a
                    // folder hides all it holds, so it is reported here.
                    if (entry is DirectoryInfo) Report(relative, problem, target, bag);
                    else yield return relative;
                    continue;
                }
                if (Directory.Exists(entry.FullName)) pending.Push(relative);
                else yield return relative;
            }
        }
    }

    /// <summary>What is wrong with <paramref name="full"/> as a step of a path: a link that dangles, loops or leaves the site.</summary>
    private (FileProblem, string?) Link(string full)
    {
        string? link;
        try { link = new FileInfo(full).LinkTarget; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return (FileProblem.Missing, null); }
        if (link is null) return (FileProblem.None, null);
        var real = RealPath(full);
        if (real is null) return (FileProblem.Loop, link);
        if (!Exists(real)) return (FileProblem.Dangling, link);
        if (_policy.AllowAll || (_realRoot is not null && IsInside(_realRoot, real)) || _allowed.Any(a => IsInside(a, real)))
            return (FileProblem.None, real);
        return (FileProblem.LinkOutside, real);
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    private static bool IsInside(string folder, string path) =>
        path.Equals(folder, PathComparison) ||
        (path.StartsWith(folder, PathComparison) && path.Length > folder.Length && path[folder.Length] == Path.DirectorySeparatorChar);

    /// <summary>
    /// True when writing <paramref name="relative"/> (which need not exist yet) lands inside the site: no folder on the
    /// way is a link leading elsewhere. <c>new article</c> asks before it writes.
    /// </summary>
    public bool StaysInside(string relative) =>
        _realRoot is not null && RealPath(Path.Join(_root, relative)) is { } real && IsInside(_realRoot, real) && real != _realRoot;

    /// <summary>The path with every link on the way resolved (like realpath(3)); null when links loop or nest too deep.</summary>
    public static string? RealPath(string full)
    {
        var hops = 0;
        return Resolve(Path.GetFullPath(full), ref hops);
    }

    private static string? Resolve(string full, ref int hops)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Join(current, part);
            string? link;
            try { link = new FileInfo(next).LinkTarget; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { link = null; }
            if (link is not null)
            {
                if (++hops > MaxLinks) return null;
                // current is already real, so ".." in the target climbs from where the link really is.
                if (Resolve(Path.GetFullPath(link, current), ref hops) is not { } resolved) return null;
                next = resolved;
            }
            current = next;
        }
        return current.Length > root.Length ? current.TrimEnd(Path.DirectorySeparatorChar) : current;
    }
}
