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

    public static int Clean(string output)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar));
        if (parent is null || !Directory.Exists(parent)) return 0;
        var earlier = Earlier(Path.GetFileName(output.TrimEnd(Path.DirectorySeparatorChar)));
        var removed = 0;
        IEnumerable<DirectoryInfo> folders;
        try { folders = new DirectoryInfo(parent).EnumerateDirectories(".bantin-*").ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
        foreach (var folder in folders)
        {
            if (folder.LinkTarget is not null) continue;
            var current = Current().Match(folder.Name);
            var match = current.Success ? current : earlier.Match(folder.Name);
            if (!match.Success || !int.TryParse(match.Groups["pid"].Value, out var pid) || IsRunning(pid)) continue;
            // This version marks its folders with a manifest as soon as it makes them.
            if (current.Success && Manifest.Read(folder.FullName) is null) continue;
            try
            {
                folder.Delete(recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Tried again by the next build.
            }
        }
        return removed;
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
