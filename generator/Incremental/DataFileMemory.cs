using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Model.Data;
using Bantin.Sources.Data;

namespace Bantin.Incremental;

/// <summary>
/// The results and targets files as last read, by path and stamp: after one results file is saved, a rebuild
/// parses that one file instead of the thousands of a site where every unit reports monthly. A file's values depend
/// on it and on the catalog it was checked against (units.yaml, indicators.yaml) and the build's date; when any of
/// those moved, every file is read again.
/// </summary>
public sealed class DataFileMemory : IDataFileCache
{
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, Captured<IReadOnlyList<Result>> Values)> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, Captured<IReadOnlyList<Target>> Values)> _targets = new(StringComparer.Ordinal);
    private string? _catalog;
    private string _root = "";
    private FileProbe? _probe;
    private int _reads;

    /// <summary>How many results and targets files were parsed since this memory was made: what a test counts.</summary>
    public int Reads => _reads;

    /// <summary>Before the data is loaded: the files read last time stand only for the same catalog and date.</summary>
    public void Begin(string siteRoot, FileProbe probe, DateOnly today)
    {
        _root = Path.GetFullPath(siteRoot);
        _probe = probe;
        var catalog = $"{Stamp(DataLoader.Folder + "/units.yaml")}|{Stamp(DataLoader.Folder + "/indicators.yaml")}|{today:O}";
        if (catalog == _catalog) return;
        Forget();
        _catalog = catalog;
    }

    public IReadOnlyList<Result> Results(string file, DiagnosticBag bag, Func<DiagnosticBag, IReadOnlyList<Result>> read) =>
        Get(_results, file, bag, read);

    public IReadOnlyList<Target> Targets(string file, DiagnosticBag bag, Func<DiagnosticBag, IReadOnlyList<Target>> read) =>
        Get(_targets, file, bag, read);

    public void Forget()
    {
        _results.Clear();
        _targets.Clear();
        _catalog = null;
    }

    private IReadOnlyList<T> Get<T>(ConcurrentDictionary<string, (FileStamp Stamp, Captured<IReadOnlyList<T>> Values)> files, string file,
        DiagnosticBag bag, Func<DiagnosticBag, IReadOnlyList<T>> read)
    {
        var stamp = Stamp(file);
        if (files.TryGetValue(file, out var known) && known.Stamp == stamp && stamp != default) return known.Values.ReplayInto(bag);
        Interlocked.Increment(ref _reads);
        known = (stamp, Captured<IReadOnlyList<T>>.Run(bag.Messages, read));
        files[file] = known;
        return known.Values.ReplayInto(bag);
    }

    // The watcher vouches for the files it did not name: their stamps are the remembered ones, not asked of the disk.
    private FileStamp Stamp(string relative) => _probe?.Stamp(Path.GetFullPath(Path.Join(_root, relative))) ?? default;
}
