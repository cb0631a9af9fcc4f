namespace Bantin.Output;

/// <summary>
/// What the output folder holds after the last successful build: each file with a fingerprint of its content,
/// so the next build writes only files that differ and removes files no longer produced.
/// </summary>
public sealed class WrittenFiles
{
    private Dictionary<string, UInt128> _files = new(StringComparer.Ordinal);

    public bool IsEmpty => _files.Count == 0;

    public IReadOnlyDictionary<string, UInt128> Files => _files;

    public bool Holds(string relativePath, UInt128 fingerprint) => _files.TryGetValue(relativePath, out var known) && known == fingerprint;

    public bool TryGet(string relativePath, out UInt128 fingerprint) => _files.TryGetValue(relativePath, out fingerprint);

    /// <summary>A copy to build the next build's list on.</summary>
    public Dictionary<string, UInt128> Copy() => new(_files, StringComparer.Ordinal);

    /// <summary>Takes the dictionary over (no copy: at 30,000 files a copy per rebuild shows).</summary>
    public void Replace(Dictionary<string, UInt128> files) => _files = files;

    public void Forget() => _files = new Dictionary<string, UInt128>(StringComparer.Ordinal);
}
