using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Bantin.Output;

/// <summary>
/// Writes a build beside the real output folder, then puts it in place only when the build succeeded, so a broken
/// build never leaves readers (or a preview) with half a site. It replaces and removes only what Bantin wrote there
/// (<see cref="OutputFolder"/>): the user's kept files (a GitHub Pages work tree's <c>.git/</c>, <c>CNAME</c>) stay.
/// Safe for parallel writers.
/// </summary>
public sealed class StagedOutput : ISiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly OutputFolder _output;
    private readonly string _target;
    private readonly string _parent;
    private readonly CancellationToken _cancel;
    // The staging folder took ext4's T attribute: its first-level folders are then made under random names (CreateTopFolder).
    private readonly bool _spread;
    private readonly Lock _topFolders = new();
    // Folders already created in the staging folder (see CreateFolder).
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private string? _aside;
    private bool _done;
    // The target holds the last build's files: a file whose bytes did not change is not written again, and the commit
    // moves in only what changed and removes only what this build no longer writes (see Update).
    private readonly bool _update;

    public StagedOutput(OutputFolder output, CancellationToken cancel = default)
    {
        _output = output;
        _cancel = cancel;
        _target = output.Path.TrimEnd(Path.DirectorySeparatorChar);
        _parent = Path.GetDirectoryName(_target)!;
        _update = output.Owned.Count > 0 && Directory.Exists(_target);
        try
        {
            Directory.CreateDirectory(_parent);
            // Short, so a long output name cannot push a page's path over the system's limit; the manifest written at
            // once marks it as Bantin's for LeftoverStaging, should this process be killed.
            Staging = NewSibling("staging");
            _spread = SpreadFolder.Mark(Staging);
        }
        catch (Exception e) when (OutputFailure.IsWriteError(e))
        {
            throw new OutputFailure(_parent, e);
        }
    }

    public string Staging { get; }

    /// <summary>The files of the built site, those left as they were (same bytes) included.</summary>
    public int FilesWritten => _filesWritten;
    private int _filesWritten;

    public void WriteText(string relativePath, string text)
    {
        // A page's bytes are needed only until they are on disk: encode into a pooled buffer, not a new array per page.
        // Sized exactly, not for the worst case (three bytes a character), and a large text (the sitemap) gets an array
        // of its own: the pool keeps what it lends, and the sitemap of 100,000 articles borrowed 128 MiB for good.
        var length = Utf8.GetByteCount(text);
        if (length > PooledTextBytes)
        {
            Write(relativePath, Utf8.GetBytes(text));
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Write(relativePath, buffer.AsSpan(0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Above this, a text's bytes are not borrowed from the shared pool (see WriteText).
    private const int PooledTextBytes = 1 << 20;

    public void WriteBytes(string relativePath, byte[] bytes) => Write(relativePath, bytes);

    public void WriteUtf8(string relativePath, ReadOnlySpan<byte> bytes) => Write(relativePath, bytes);

    private void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var full = Resolve(relativePath);
        try
        {
            if (Unchanged(relativePath, bytes))
            {
                Interlocked.Increment(ref _filesWritten);
                return;
            }
            CreateFolder(Path.GetDirectoryName(full)!);
            using (var file = File.OpenHandle(full, FileMode.Create, FileAccess.Write))
                RandomAccess.Write(file, bytes, 0);
        }
        catch (Exception e) when (OutputFailure.IsWriteError(e))
        {
            throw new OutputFailure(full, e);
        }
        Interlocked.Increment(ref _filesWritten);
    }

    public void CopyFile(string relativePath, string sourceFile)
    {
        var full = Resolve(relativePath);
        try
        {
            if (_update && Unchanged(relativePath, sourceFile))
            {
                Interlocked.Increment(ref _filesWritten);
                return;
            }
            CreateFolder(Path.GetDirectoryName(full)!);
            File.Copy(sourceFile, full, overwrite: true);
        }
        catch (Exception e) when (OutputFailure.IsWriteError(e))
        {
            throw new OutputFailure(full, e);
        }
        Interlocked.Increment(ref _filesWritten);
    }

    /// <summary>A full build has no previous files to keep: every page is written.</summary>
    public void Keep(string relativePath) =>
        throw new InvalidOperationException($"A full build writes every file; nothing to keep for {relativePath}.");

    /// <summary>
    /// Puts the staged site in place of Bantin's files in the target. When the target holds only Bantin's files, the
    /// whole folder is swapped (the old one moved aside, then removed); otherwise the staged entries go in one by one,
    /// replacing only Bantin's and going into the folders that hold the user's.
    /// </summary>
    public void Commit()
    {
        _cancel.ThrowIfCancellationRequested();
        try
        {
            Swap();
        }
        catch (Exception e) when (OutputFailure.IsWriteError(e))
        {
            throw new OutputFailure(_target, e);
        }
        _done = true;
        if (_aside is not null) TryDelete(_aside);
    }

    private void Swap()
    {
        var written = _written.Keys.Where(f => !_output.IsUsers(f)).ToList();
        if (_update) Update(written);
        else if (_output.Protected.Count == 0)
        {
            Manifest.Write(Staging, written);
            if (Directory.Exists(_target))
            {
                _aside = NewSibling("old");
                Directory.Delete(_aside, recursive: true);
                Directory.Move(_target, _aside);
            }
            Directory.Move(Staging, _target);
        }
        else
        {
            // Should this stop half-way, the manifest already names every file of ours that can be in the folder.
            Manifest.Write(_target, _output.Owned.Concat(written).Distinct(StringComparer.Ordinal));
            Merge(Staging, _target, "");
            Manifest.Write(_target, written);
            TryDelete(Staging);
        }
    }

    /// <summary>
    /// True when the last build wrote this file with these very bytes: it stays as it is. Only the last build's own
    /// files are compared (never a link), so a second build of an unchanged site writes almost nothing and deletes
    /// nothing, where replacing the whole folder cost seconds of deleting the old one.
    /// </summary>
    private bool Unchanged(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (!_update || !_output.Owned.Contains(Normal(relativePath))) return false;
        var existing = Path.Combine(_target, relativePath);
        try
        {
            var info = new FileInfo(existing);
            if (!info.Exists || info.LinkTarget is not null || info.Length != bytes.Length) return false;
            using var file = File.OpenHandle(existing, FileMode.Open, FileAccess.Read);
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 1 << 16) + 1);
            try
            {
                for (long offset = 0; offset < bytes.Length;)
                {
                    var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, bytes.Length - offset)), offset);
                    if (read <= 0 || !bytes.Slice((int)offset, read).SequenceEqual(buffer.AsSpan(0, read))) return false;
                    offset += read;
                }
                return true;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private bool Unchanged(string relativePath, string sourceFile)
    {
        if (!_output.Owned.Contains(Normal(relativePath))) return false;
        var (source, existing) = (new FileInfo(sourceFile), new FileInfo(Path.Combine(_target, relativePath)));
        if (!source.Exists || !existing.Exists || existing.LinkTarget is not null || source.Length != existing.Length) return false;
        try
        {
            return Unchanged(relativePath, File.ReadAllBytes(sourceFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Normal(string relativePath) => relativePath.Replace('\\', '/');

    /// <summary>
    /// Brings the target up to this build in place: the changed files move in (each a rename, so a reader sees the old
    /// page or the new one, never half of one), then the last build's files that this build did not write go. The
    /// manifest names both while this happens, so a stop half-way leaves nothing of Bantin's unlisted.
    /// </summary>
    private void Update(List<string> written)
    {
        Manifest.Write(_target, _output.Owned.Concat(written).Distinct(StringComparer.Ordinal));
        MoveIn(Staging, _target, "");
        var now = written.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _output.Owned.Where(f => !now.Contains(f) && !_output.IsUsers(f)).Order(StringComparer.Ordinal))
            RemoveOwned(gone);
        Manifest.Write(_target, written);
        TryDelete(Staging);
    }

    /// <summary>Moves what was staged (the changed files only) into the target, folder by folder.</summary>
    private void MoveIn(string from, string to, string relative)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(from).ToList())
        {
            var name = Path.GetFileName(entry);
            var path = Join(relative, name);
            if (path == Manifest.FileName || _output.IsUsers(path)) continue;
            var destination = Path.Combine(to, name);
            var isFolder = Directory.Exists(entry);
            if (isFolder && Directory.Exists(destination) && new DirectoryInfo(destination).LinkTarget is null)
            {
                MoveIn(entry, destination, path);
                continue;
            }
            // A file where a folder of ours now goes, or the other way round: the old one is set aside first.
            if (Path.Exists(destination) && (isFolder || Directory.Exists(destination))) SetAside(destination, path);
            if (isFolder) Directory.Move(entry, destination);
            else File.Move(entry, destination, overwrite: true);
        }
    }

    /// <summary>A file the last build wrote and this one did not: removed, with the folders it leaves empty.</summary>
    private void RemoveOwned(string relative)
    {
        var full = Path.Combine(_target, relative);
        if (Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null) return;
        if (!Path.Exists(full)) return;
        File.Delete(full);
        for (var folder = Path.GetDirectoryName(full)!; folder.Length > _target.Length; folder = Path.GetDirectoryName(folder)!)
        {
            if (Directory.EnumerateFileSystemEntries(folder).Any()) break;
            Directory.Delete(folder);
        }
    }

    /// <summary>
    /// Moves the entries of <paramref name="from"/> (null: none) into <paramref name="to"/>, replacing Bantin's, then
    /// moves aside Bantin's entries that this build no longer writes. The user's entries are never touched.
    /// </summary>
    private void Merge(string? from, string to, string relative)
    {
        var staged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in from is null ? [] : Directory.EnumerateFileSystemEntries(from).ToList())
        {
            var name = Path.GetFileName(entry);
            var path = Join(relative, name);
            staged.Add(name);
            if (path == Manifest.FileName || _output.IsUsers(path)) continue;
            var destination = Path.Combine(to, name);
            if (_output.Protected.Contains(path))
            {
                if (Directory.Exists(entry)) Merge(entry, destination, path);
                continue;
            }
            if (Path.Exists(destination)) SetAside(destination, path);
            MoveEntry(entry, destination);
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(to).ToList())
        {
            var name = Path.GetFileName(entry);
            var path = Join(relative, name);
            if (staged.Contains(name) || path == Manifest.FileName || _output.IsUsers(path)) continue;
            if (_output.Protected.Contains(path)) Merge(null, entry, path);
            else SetAside(entry, path);
        }
    }

    /// <summary>Bantin's entry goes into the set-aside folder, removed once the commit is done.</summary>
    private void SetAside(string entry, string relative)
    {
        _aside ??= NewSibling("old");
        var destination = Path.Combine(_aside, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        MoveEntry(entry, destination);
    }

    private static void MoveEntry(string from, string to)
    {
        if (Directory.Exists(from) && new DirectoryInfo(from).LinkTarget is null) Directory.Move(from, to);
        else File.Move(from, to);
    }

    private static string Join(string relative, string name) => relative.Length == 0 ? name : relative + "/" + name;

    private string NewSibling(string kind)
    {
        var folder = Path.Combine(_parent, $".bantin-{kind}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(folder);
        Manifest.Write(folder, []);
        return folder;
    }

    public void Dispose()
    {
        if (!_done) TryDelete(Staging);
    }

    /// <summary>
    /// Creates the folder once: an article's images and its page share one, and asking the system again costs a
    /// failed mkdir and a stat per file (some 1,600 failed calls at 1,000 articles).
    /// </summary>
    private void CreateFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        CreateTopFolder(folder);
        Directory.CreateDirectory(folder);
        // The folders above it exist now too; stop at the first one already known.
        var known = folder;
        while (known.Length > Staging.Length && _folders.TryAdd(known, 0)) known = Path.GetDirectoryName(known)!;
    }

    /// <summary>
    /// Creates the folder right under the staging folder that <paramref name="folder"/> lies in, under a new random
    /// name first and then renamed: ext4 places a folder made in a marked folder (<see cref="SpreadFolder"/>) by a hash
    /// of its name, so "don-vi" would land in the very block group the last build's "don-vi" was just deleted from.
    /// </summary>
    private void CreateTopFolder(string folder)
    {
        if (!_spread || folder.Length <= Staging.Length) return;
        var relative = folder.AsSpan(Staging.Length + 1);
        var cut = relative.IndexOf(Path.DirectorySeparatorChar);
        var top = cut < 0 ? folder : Path.Combine(Staging, relative[..cut].ToString());
        if (_folders.ContainsKey(top)) return;
        lock (_topFolders)
        {
            if (Directory.Exists(top)) return;
            var fresh = Path.Combine(Staging, $".bantin-new-{Guid.NewGuid().ToString("N")[..8]}");
            Directory.CreateDirectory(fresh);
            Directory.Move(fresh, top);
        }
    }

    private string Resolve(string relativePath)
    {
        _cancel.ThrowIfCancellationRequested();
        var full = Path.GetFullPath(Path.Combine(Staging, relativePath));
        // Output paths come from slugs and patterns in site.yaml; never let one climb out of the staging folder.
        if (!full.StartsWith(Staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Output path escapes the output folder: {relativePath}");
        _written.TryAdd(Path.GetRelativePath(Staging, full).Replace('\\', '/'), 0);
        return full;
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a leftover is removed by the next build (LeftoverStaging) */ }
        catch (UnauthorizedAccessException) { }
    }
}
