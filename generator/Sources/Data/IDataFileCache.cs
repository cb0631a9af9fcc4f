using Bantin.Diagnostics;
using Bantin.Model.Data;

namespace Bantin.Sources.Data;

/// <summary>
/// What a preview remembers of the results and targets files between builds: the values of a file that did not
/// change since it was read, with the findings of that read. Owned here so that Sources does not know the
/// preview's memory (Incremental implements it); a one-shot build has none and reads every file.
/// </summary>
/// <remarks>Called from several threads at once, one file each.</remarks>
public interface IDataFileCache
{
    /// <summary>The results of <paramref name="file"/> (site-relative), read by <paramref name="read"/> unless the cache vouches for the last read.</summary>
    IReadOnlyList<Result> Results(string file, DiagnosticBag bag, Func<DiagnosticBag, IReadOnlyList<Result>> read);

    /// <summary>As <see cref="Results"/>, for a targets file.</summary>
    IReadOnlyList<Target> Targets(string file, DiagnosticBag bag, Func<DiagnosticBag, IReadOnlyList<Target>> read);
}
