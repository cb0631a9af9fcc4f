namespace Bantin.Import;

/// <summary>An import's outcome: what it found, and the results files it wrote (or, with --dry-run, would write).</summary>
public sealed record ImportResult(ImportLog Log, IReadOnlyList<FileChange> Files, int Units, bool Written)
{
    public bool Succeeded => !Log.HasErrors;
    public int Values => Files.Sum(f => f.Added + f.Changed + f.Unchanged);
    public int Added => Files.Sum(f => f.Added);
    public int Changed => Files.Sum(f => f.Changed);
    public int Unchanged => Files.Sum(f => f.Unchanged);
}
