using System.Threading.Channels;

namespace Bantin.Preview;

/// <summary>
/// Watches the site's sources (content/, data/, templates/ and site.yaml) and reports each changed file, relative
/// to the site root, on <see cref="Changes"/>. Only those folders are watched, never the site root recursively, so
/// the preview's own output (and editors' temporary files) cannot start a rebuild loop.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly IReadOnlyList<string> Folders = ["content", "data", "templates"];

    /// <summary>Reported when the watcher lost events (its buffer overflowed): the next build must not trust any cache.</summary>
    public const string Overflow = "*";

    private readonly string _root;
    private readonly Channel<FileEvent> _changes = Channel.CreateUnbounded<FileEvent>();
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher _top;
    private readonly Lock _gate = new();
    private bool _disposed;

    public SiteWatcher(string siteRoot)
    {
        _root = Path.GetFullPath(siteRoot);
        // The root itself only for site.yaml and for the three folders appearing (e.g. templates/ created later).
        _top = Watch(_root, recursive: false);
        try
        {
            foreach (var folder in Folders) AttachFolder(folder, starting: true);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public ChannelReader<FileEvent> Changes => _changes.Reader;

    /// <summary>True for the files whose change can alter the site; false for editor leftovers and everything else.</summary>
    public static bool IsSource(string relative)
    {
        relative = relative.Replace('\\', '/');
        if (relative == "site.yaml") return true;
        var segments = relative.Split('/');
        if (!Folders.Contains(segments[0])) return false;
        if (segments.Any(s => s.StartsWith(".bantin-", StringComparison.Ordinal))) return false;
        return !IsEditorTemporary(segments[^1]);
    }

    /// <summary>Swap, backup and lock files that vim, emacs and others write beside the file being edited.</summary>
    public static bool IsEditorTemporary(string name) =>
        name.EndsWith('~') ||
        name.StartsWith(".#", StringComparison.Ordinal) ||
        (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#')) ||
        name is "4913" or ".DS_Store" or "Thumbs.db" ||
        name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith(".swo", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) ||
        name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase);

    /// <param name="starting">At start a failure is the caller's to report; later it happens on an event thread, where throwing would end the process.</param>
    private void AttachFolder(string folder, bool starting = false)
    {
        var full = Path.Combine(_root, folder);
        lock (_gate)
        {
            if (_disposed) return;
            if (_folders.Remove(folder, out var old)) old.Dispose();
            try
            {
                if (Directory.Exists(full)) _folders[folder] = Watch(full, recursive: true);
            }
            catch (IOException) when (!starting)
            {
                // Out of inotify watches, or the folder vanished again: the rebuild it triggers still runs.
            }
        }
    }

    private FileSystemWatcher Watch(string path, bool recursive)
    {
        var watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Report(e.FullPath, appeared: null);
        watcher.Created += (_, e) => Report(e.FullPath, appeared: true);
        watcher.Deleted += (_, e) => Report(e.FullPath, appeared: false);
        watcher.Renamed += (_, e) =>
        {
            Report(e.OldFullPath, appeared: false);
            Report(e.FullPath, appeared: true);
        };
        watcher.Error += (_, _) => _changes.Writer.TryWrite(new FileEvent(Overflow, Appeared: false));
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <param name="appeared">True when the path was created or renamed to, false when it went away, null when it changed.</param>
    private void Report(string fullPath, bool? appeared)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        // A watched folder created, removed or renamed as a whole: watch the new one (or none).
        if (appeared is not null && Folders.Contains(relative)) AttachFolder(relative);
        if (IsSource(relative)) _changes.Writer.TryWrite(new FileEvent(relative, appeared == true));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _top.Dispose();
            foreach (var watcher in _folders.Values) watcher.Dispose();
            _folders.Clear();
        }
        _changes.Writer.TryComplete();
    }
}
