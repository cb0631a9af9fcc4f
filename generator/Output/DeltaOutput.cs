using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Bantin.Output;

/// <summary>
/// A rebuild's output: only files whose content differs from the last build are written, first to a staging
/// folder beside the output and moved in on <see cref="Commit"/>; files the build no longer produces are removed.
/// A failed rebuild leaves the output as it was. The first build (empty memory, no output folder) moves the
/// whole staging folder in at once; a rebuild stages its files under flat numbered names, as a tree of one folder per
/// page would cost a folder made and removed for each file it writes.
/// </summary>
public sealed class DeltaOutput : ISiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly string _staging;
    private readonly WrittenFiles _memory;
    private Dictionary<string, UInt128> _produced;
    // When the build kept every file but a few, only those few can have gone.
    private IReadOnlyCollection<string>? _mayGo;
    private readonly Lock _gate = new();
    // Each staged file's output path and where it waits in the staging folder.
    private readonly ConcurrentDictionary<string, string> _staged = new(StringComparer.Ordinal);
    private readonly bool _flat;
    private int _stagedNames;
    private bool _done;

    private readonly IFileStamps _files;

    public DeltaOutput(string target, WrittenFiles memory, IFileStamps files)
    {
        _files = files;
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        _memory = memory;
        // A rebuild produces about the files of the last one (tens of thousands): sized once, not grown step by step.
        _produced = new Dictionary<string, UInt128>(memory.Files.Count, StringComparer.Ordinal);
        _flat = Directory.Exists(_target);
        if (!_flat) memory.Forget();
        var parent = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(parent);
        // Named and marked as StagedOutput's, so LeftoverStaging removes it should the preview be killed.
        _staging = Path.Combine(parent, $".bantin-staging-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(_staging);
        Manifest.Write(_staging, []);
    }

    public int FilesWritten => _staged.Count;

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes) => WriteUtf8(relativePath, bytes);

    public void WriteUtf8(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var fingerprint = Fingerprint(bytes);
        if (Unchanged(relativePath, fingerprint)) return;
        var full = Stage(relativePath);
        File.WriteAllBytes(full, bytes);
    }

    public void CopyFile(string relativePath, string sourceFile)
    {
        // A copied file is recognised by where it comes from and its stamp: reading every image to hash it would cost more than copying.
        // Sources are site root + folder + a name checked to stay inside; only '.' segments need normalising.
        var full = sourceFile.Contains("/.", StringComparison.Ordinal) ? Path.GetFullPath(sourceFile) : sourceFile;
        var stamp = _files.Of(full);
        var fingerprint = new UInt128((ulong)stamp.WrittenTicks, ((ulong)stamp.Length << 32) ^ (uint)StringComparer.Ordinal.GetHashCode(full));
        if (Unchanged(relativePath, fingerprint)) return;
        File.Copy(sourceFile, Stage(relativePath), overwrite: true);
    }

    public void Keep(string relativePath)
    {
        if (!_memory.TryGet(relativePath, out var fingerprint))
            throw new InvalidOperationException($"Nothing to keep: {relativePath} was not written by the previous build.");
        lock (_gate) _produced[relativePath] = fingerprint;
    }

    /// <summary>Every file of the last build that this one did not write and that <paramref name="produced"/> does not claim stays.</summary>
    public void KeepAllBut(Func<string, bool> produced)
    {
        lock (_gate)
            foreach (var (file, fingerprint) in _memory.Files)
                if (!produced(file)) _produced.TryAdd(file, fingerprint);
    }

    /// <summary>
    /// Keeps every file of the last build but <paramref name="except"/>, before anything is written: a rebuild that
    /// knows which few files it may change need not name the thousands it keeps.
    /// </summary>
    public void KeepAllBut(IReadOnlyCollection<string> except)
    {
        lock (_gate)
        {
            if (_produced.Count > 0 || !_staged.IsEmpty) throw new InvalidOperationException("Keep the last build's files before writing any.");
            _produced = _memory.Copy();
            foreach (var file in except) _produced.Remove(file);
            _mayGo = except;
        }
    }

    public void Commit()
    {
        if (!Directory.Exists(_target) && !_flat)
        {
            Manifest.Write(_staging, _produced.Keys);
            Directory.Move(_staging, _target);
        }
        else
        {
            // The output folder removed during the build: what this build wrote is all there is of it.
            var recreated = !Directory.Exists(_target);
            if (recreated) Directory.CreateDirectory(_target);
            MoveIn(_staged.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList());
            var gone = (_mayGo ?? _memory.Files.Keys).Where(k => _memory.Files.ContainsKey(k) && !_produced.ContainsKey(k)).ToList();
            foreach (var file in gone) Remove(file);
            // The same manifest as a full build's; rewritten only when the set of files moved (a body edit keeps it).
            if (recreated || gone.Count > 0 || _memory.IsEmpty || _staged.Keys.Any(f => !_memory.Files.ContainsKey(f))) Manifest.Write(_target, _produced.Keys);
            TryDelete(_staging);
        }
        _memory.Replace(_produced);
        _done = true;
    }

    /// <summary>
    /// Moves the staged files to their places. An edit that shifts a category's pages stages some 250 files, each a
    /// rename that waits on the file system (50–70 ms of a category edit at 10,000 articles): many are renamed from
    /// several threads, a few in order on this one.
    /// </summary>
    private void MoveIn(List<KeyValuePair<string, string>> staged)
    {
        if (staged.Count < ManyMoves)
        {
            foreach (var pair in staged) MoveIn(pair);
            return;
        }
        try
        {
            Parallel.ForEach(staged, MoveIn);
        }
        catch (AggregateException e)
        {
            // As one thread would have failed: the first failure, as it was thrown (an IOException is reported, not a crash).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }
    }

    private const int ManyMoves = 32;

    private void MoveIn(KeyValuePair<string, string> pair)
    {
        var destination = Path.Combine(_target, pair.Key);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Move(pair.Value, destination, overwrite: true);
    }

    public void Dispose()
    {
        if (!_done) TryDelete(_staging);
    }

    private bool Unchanged(string relativePath, UInt128 fingerprint)
    {
        lock (_gate) _produced[relativePath] = fingerprint;
        return _memory.Holds(relativePath, fingerprint);
    }

    private string Stage(string relativePath)
    {
        var root = _flat ? _target : _staging;
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        // Output paths come from slugs and patterns in site.yaml; never let one climb out of the output folder.
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Output path escapes the output folder: {relativePath}");
        if (!_flat)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            _staged[relativePath] = full;
            return full;
        }
        // Written twice, a file is staged once, under the name it got first.
        return _staged.GetOrAdd(relativePath, _ => Path.Combine(_staging, Interlocked.Increment(ref _stagedNames).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Removes a file the build no longer produces, and folders it leaves empty, as a full build would not have them.</summary>
    private void Remove(string relativePath)
    {
        var full = Path.Combine(_target, relativePath);
        if (File.Exists(full)) File.Delete(full);
        for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length > _target.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any()) break;
            Directory.Delete(folder);
        }
    }

    private static UInt128 Fingerprint(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a leftover staging folder is harmless */ }
        catch (UnauthorizedAccessException) { }
    }
}
