using System.Runtime.InteropServices;
using Bantin.Diagnostics;

namespace Bantin.Output;

/// <summary>
/// Decides, before anything is written, whether a build may use a folder as its output. A build replaces its output
/// folder, so a slip such as <c>--output .</c> or <c>--output ..</c> must be refused, not obeyed: the site itself, a
/// folder holding the site, a source folder, a file-system root, the home folder, and any folder holding files that
/// Bantin did not write. Paths are compared after following symbolic links.
/// </summary>
public static class OutputGuard
{
    private static readonly string[] SourceFolders = ["content", "data", "templates"];

    private static StringComparison PathComparison =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// Checks the output folder and removes the staging folders earlier, interrupted builds left beside it. Null, with
    /// the reason in <paramref name="bag"/>, when the build must not touch the folder.
    /// </summary>
    public static OutputFolder? Prepare(string siteRoot, string output, KeepRules keep, DiagnosticBag bag)
    {
        var check = Check(siteRoot, output, keep);
        var m = bag.Messages;
        var span = SourceSpan.FileOnly(output);
        switch (check.Problem)
        {
            case OutputProblem.None:
                if (check.Count > 0) bag.Warning(span, m.OutputAdopted(check.Count, check.Examples));
                LeftoverStaging.Clean(output);
                return check.Folder;
            case OutputProblem.IsFileSystemRoot: bag.Error(span, m.OutputIsFileSystemRoot(output)); break;
            case OutputProblem.IsHomeFolder: bag.Error(span, m.OutputIsHomeFolder(output)); break;
            case OutputProblem.IsSiteFolder: bag.Error(span, m.OutputIsSiteFolder(output)); break;
            case OutputProblem.ContainsSite: bag.Error(span, m.OutputContainsSite(output)); break;
            case OutputProblem.InsideSources: bag.Error(span, m.OutputInsideSources(output, check.Examples[0])); break;
            case OutputProblem.IsAFile: bag.Error(span, m.OutputIsAFile(output)); break;
            case OutputProblem.HoldsOtherFiles: bag.Error(span, m.OutputHoldsOtherFiles(output, check.Count, check.Examples)); break;
            default: bag.Error(span, m.OutputUnreadable(output, check.Examples.FirstOrDefault() ?? "")); break;
        }
        return null;
    }

    public static OutputCheck Check(string siteRoot, string output, KeepRules keep)
    {
        var site = RealPath(siteRoot);
        var target = RealPath(output);
        if (Path.GetPathRoot(target) is { } fsRoot && Same(target, fsRoot)) return OutputCheck.Refused(OutputProblem.IsFileSystemRoot);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Same(target, RealPath(home))) return OutputCheck.Refused(OutputProblem.IsHomeFolder);
        if (Same(target, site)) return OutputCheck.Refused(OutputProblem.IsSiteFolder);
        if (Inside(site, target)) return OutputCheck.Refused(OutputProblem.ContainsSite);
        foreach (var source in SourceFolders)
        {
            var folder = Path.Combine(site, source);
            if (Same(target, folder) || Inside(target, folder)) return OutputCheck.Refused(OutputProblem.InsideSources, source + "/");
        }
        if (File.Exists(target)) return OutputCheck.Refused(OutputProblem.IsAFile);
        if (!Directory.Exists(target)) return new OutputCheck(Fresh(target, keep), OutputProblem.None, [], 0);
        try
        {
            return Inspect(target, keep);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return OutputCheck.Refused(OutputProblem.Unreadable, e.Message);
        }
    }

    private static OutputFolder Fresh(string target, KeepRules keep) =>
        new(target, new HashSet<string>(), new HashSet<string>(), keep, new HashSet<string>());

    /// <summary>Sorts every entry of an existing output into Bantin's (in the manifest), the user's kept ones, and others.</summary>
    private static OutputCheck Inspect(string target, KeepRules keep)
    {
        var owned = Manifest.Read(target);
        var kept = new List<string>();
        var other = new List<string>();
        Walk(target, "", keep, owned ?? [], kept, other);
        var adopted = new HashSet<string>(StringComparer.Ordinal);
        if (other.Count > 0)
        {
            // An output made before manifests existed: Bantin's by its look. Its files are not known to be ours, so
            // none is removed; the ones this build writes again are replaced.
            if (owned is null && WrittenByOlderBantin(target)) adopted.UnionWith(other);
            else return new OutputCheck(null, OutputProblem.HoldsOtherFiles, other.Order(StringComparer.Ordinal).Take(5).ToList(), other.Count);
        }
        var guarded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in kept.Concat(adopted))
            for (var folder = Parent(path); folder is not null; folder = Parent(folder)) if (!guarded.Add(folder)) break;
        return new OutputCheck(new OutputFolder(target, owned ?? [], guarded, keep, adopted), OutputProblem.None, adopted.Order(StringComparer.Ordinal).Take(5).ToList(), adopted.Count);
    }

    private static void Walk(string folder, string relative, KeepRules keep, HashSet<string> owned, List<string> kept, List<string> other)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (keep.Keeps(path)) kept.Add(path);
            // A link is an entry of its own, never followed: what it points at is not in this folder.
            else if (entry is DirectoryInfo && entry.LinkTarget is null) Walk(entry.FullName, path, keep, owned, kept, other);
            else if (path != Manifest.FileName && !owned.Contains(path)) other.Add(path);
        }
    }

    /// <summary>The files every Bantin build writes at the top of its output, whatever the site.</summary>
    private static bool WrittenByOlderBantin(string target) =>
        File.Exists(Path.Combine(target, "index.html")) && File.Exists(Path.Combine(target, "sitemap.xml"))
        && File.Exists(Path.Combine(target, "assets", "search.js"));

    private static string? Parent(string relative)
    {
        if (relative.Length == 0) return null;
        var slash = relative.LastIndexOf('/');
        return slash < 0 ? "" : relative[..slash];
    }

    private static bool Same(string a, string b) =>
        string.Equals(a.TrimEnd(Path.DirectorySeparatorChar), b.TrimEnd(Path.DirectorySeparatorChar), PathComparison);

    private static bool Inside(string path, string folder)
    {
        var prefix = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison);
    }

    /// <summary>The absolute path with every symbolic link along it followed (as far as the path exists).</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            try
            {
                if (new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true) is { } target) next = Path.GetFullPath(target.FullName);
            }
            catch (IOException)
            {
                // A looping or unreadable link: compare by the path as written.
            }
            current = next;
        }
        return current;
    }
}
