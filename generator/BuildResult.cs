using Bantin.Diagnostics;

namespace Bantin;

public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, string OutputDir, Messages Messages)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
}
