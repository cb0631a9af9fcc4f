using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Render;

namespace Bantin.Incremental;

/// <summary>
/// The findings of checking the files beside each body (images, downloads), kept while the same file read gave the
/// same body and the files it names kept their stamps. At 10,000 articles, looking every image up on disk again
/// (its folders, whether it is a regular file, a link's target) cost 0.1–0.25 s of every date, category or tag edit.
/// </summary>
public sealed class LocalFileChecks
{
    private readonly ConcurrentDictionary<string, Entry> _checks = new(StringComparer.Ordinal);
    private int _checked;

    /// <summary>How many bodies had their files checked on disk rather than their findings replayed.</summary>
    public int Checked => _checked;

    /// <param name="stamp">The stamps of the files the body and its card name (see <see cref="MemoryBodies.Stamp"/>).</param>
    /// <param name="vouched">True when the watcher said which files changed: otherwise stamps prove nothing and all is checked.</param>
    public void Check(BodySource source, RenderedBody body, long stamp, bool vouched, DiagnosticBag bag, Action<DiagnosticBag> check)
    {
        if (vouched && _checks.TryGetValue(source.SourcePath, out var known)
            && ReferenceEquals(known.Item, source.Item) && ReferenceEquals(known.Body, body) && known.Stamp == stamp)
        {
            known.Findings.ReplayInto(bag);
            return;
        }
        Interlocked.Increment(ref _checked);
        var findings = Captured<bool>.Run(bag.Messages, into =>
        {
            check(into);
            return true;
        });
        _checks[source.SourcePath] = new Entry(source.Item, body, stamp, findings);
        findings.ReplayInto(bag);
    }

    public void Retain(IReadOnlyCollection<string> sourcePaths)
    {
        var keep = sourcePaths as IReadOnlySet<string> ?? sourcePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _checks.Keys) if (!keep.Contains(path)) _checks.TryRemove(path, out _);
    }

    public void Forget() => _checks.Clear();

    private sealed record Entry(ContentItem Item, RenderedBody Body, long Stamp, Captured<bool> Findings);
}
