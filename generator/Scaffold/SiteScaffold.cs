using System.Text;
using Bantin.Diagnostics;

namespace Bantin.Scaffold;

/// <summary>
/// Writes a new site into a folder that is new or empty. It never replaces a file: each is created only if it does
/// not exist, and when anything fails, the files and folders it created are removed again.
/// </summary>
public static class SiteScaffold
{
    private const int NamesShown = 3;

    /// <summary>Why the folder can't take a new site, or null when it can (it is new, empty, or holds only .git).</summary>
    public static Text? Refusal(string folder, Messages messages)
    {
        if (File.Exists(folder)) return messages.NewSiteIsAFile(folder);
        if (!Directory.Exists(folder)) return null;
        // An empty repository just cloned or made with `git init` is a fine place to start.
        var entries = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name != ".git").Order(StringComparer.Ordinal).ToList();
        return entries.Count == 0 ? null : messages.NewSiteNotEmpty(folder, entries.Take(NamesShown).Append(entries.Count > NamesShown ? "…" : null).OfType<string>().ToList());
    }

    /// <summary>Writes every file, or none: the error names the file that could not be written.</summary>
    public static (IReadOnlyList<string> Written, Text? Error) Write(string folder, IReadOnlyList<(string Path, string Text)> files, Messages messages)
    {
        var createdFolders = new List<string>();
        var written = new List<string>();
        var current = folder;
        try
        {
            CreateFolder(folder, createdFolders);
            foreach (var (path, text) in files)
            {
                current = path;
                var full = Path.Combine(folder, path);
                CreateFolder(Path.GetDirectoryName(full)!, createdFolders);
                // CreateNew: a file that appeared meanwhile is an error, never overwritten.
                using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
                {
                    written.Add(full);
                    stream.Write(new UTF8Encoding(false).GetBytes(text));
                }
            }
            return (files.Select(f => f.Path).ToList(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Undo(written, createdFolders);
            return ([], messages.NewSiteWriteFailed(current, e.Message));
        }
    }

    /// <summary>Creates a folder and its missing parents, remembering those it created (outermost first).</summary>
    private static void CreateFolder(string folder, List<string> created)
    {
        var missing = new Stack<string>();
        for (var dir = Path.GetFullPath(folder); !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!)
            missing.Push(dir);
        foreach (var dir in missing)
        {
            Directory.CreateDirectory(dir);
            created.Add(dir);
        }
    }

    private static void Undo(List<string> written, List<string> createdFolders)
    {
        foreach (var file in written) TryDelete(() => File.Delete(file));
        foreach (var dir in Enumerable.Reverse(createdFolders)) TryDelete(() => Directory.Delete(dir, recursive: false));
    }

    private static void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: it is in the folder the error names, and never a file that was there before.
        }
    }
}
