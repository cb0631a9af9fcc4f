using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Bantin.Output;

/// <summary>
/// Removes the staging folders that builds killed mid-way (kill -9, a power cut) left beside an output folder; they
/// can hold hundreds of megabytes each. Only Bantin's own, recognised by name and content, and only those whose
/// build process is gone: a build still running keeps its folder.
/// </summary>
public static partial class LeftoverStaging
{
    /// <summary>Staging and set-aside folders of this version: <c>.bantin-staging-PID-HEX</c>, holding a manifest.</summary>
    [GeneratedRegex(@"^\.bantin-(?:staging|old)-(?<pid>\d{1,10})-[0-9a-f]{8}$")]
    private static partial Regex Current();

    /// <summary>Those of earlier versions, named after their output: <c>.bantin-staging-public-PID-GUID[-old]</c>.</summary>
    private static Regex Earlier(string outputName) =>
        new($@"^\.bantin-staging-{Regex.Escape(outputName)}-(?<pid>\d{{1,10}})-[0-9a-f]{{32}}(?:-old)?$");

    /// <summary>A preview's session folder in <c>.bantin-preview/</c>: <c>PID-HEX</c>, holding a manifest once built.</summary>
    [GeneratedRegex(@"^(?<pid>\d{1,10})-[0-9a-f]{8}$")]
    private static partial Regex PreviewSession();

    /// <summary>Removes the session folders of previews that were killed, and their staging folders.</summary>
    public static int CleanPreviews(string previewRoot)
    {
        if (!Directory.Exists(previewRoot)) return 0;
        var removed = 0;
        foreach (var folder in Folders(previewRoot))
        {
            var match = PreviewSession().Match(folder.Name);
            if (!match.Success) match = Current().Match(folder.Name);
            if (Removable(folder, match)) removed += Remove(folder);
        }
        return removed;
    }

    public static int Clean(string output)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar));
        if (parent is null || !Directory.Exists(parent)) return 0;
        var earlier = Earlier(Path.GetFileName(output.TrimEnd(Path.DirectorySeparatorChar)));
        var removed = 0;
        foreach (var folder in Folders(parent))
        {
            var current = Current().Match(folder.Name);
            if (current.Success ? Removable(folder, current) : Removable(folder, earlier.Match(folder.Name), marked: false)) removed += Remove(folder);
        }
        return removed;
    }

    private static List<DirectoryInfo> Folders(string parent)
    {
        try { return new DirectoryInfo(parent).EnumerateDirectories().Where(f => f.LinkTarget is null).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }

    /// <summary>Named as ours, its process gone, and (for this version's folders) marked with a manifest.</summary>
    private static bool Removable(DirectoryInfo folder, Match match, bool marked = true) =>
        match.Success && int.TryParse(match.Groups["pid"].Value, out var pid) && !IsRunning(pid)
        && (!marked || Manifest.Read(folder.FullName) is not null);

    private static int Remove(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // tried again next time
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
