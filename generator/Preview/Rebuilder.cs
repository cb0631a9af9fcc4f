using Bantin.Diagnostics;
using Bantin.Incremental;

namespace Bantin.Preview;

/// <summary>
/// Builds the preview after a change. The builds of a session share one <see cref="BuildMemory"/>, so a rebuild
/// re-reads only changed files, re-draws only pages whose inputs changed and writes only files whose bytes changed.
/// </summary>
/// <remarks>
/// The site lives in one folder for the whole session. A rebuild stages its changed files and moves them in only
/// when it succeeded, each file atomically, so a failed rebuild leaves the last good site served as it was.
/// </remarks>
public sealed class Rebuilder(PreviewOptions options, string outputRoot, Func<SiteBasics, string> baseUrlFor)
{
    private readonly IncrementalBuilder _builder = new();
    private BuildMemory _memory = new() { DeferSearch = true };
    private readonly string _siteRoot = Path.GetFullPath(options.SiteRoot);
    private readonly string _folder = Path.Combine(outputRoot, "site");
    private SiteBasics _basics = SiteBasics.Default;
    private HashSet<string>? _pending;
    private Checks.Prose.ProseChecker? _prose;

    /// <summary>Builds after <paramref name="changes"/>. Not thread-safe: the server runs one build at a time.</summary>
    public RebuildOutcome Rebuild(ChangeSet changes)
    {
        _basics = SiteBasics.Read(_siteRoot, _basics);
        var folder = _folder;
        var buildOptions = new BuildOptions(_siteRoot, folder, options.IncludeDrafts, baseUrlFor(_basics), options.BuildTime);
        // The watcher knows what changed; after a failed build, what changed before it is still unbuilt.
        _pending = changes.IsInitial || _pending is null || changes.Files.Contains(SiteWatcher.Overflow) ? null : [.. _pending, .. changes.Files];
        _memory.Expect(_siteRoot, _pending);
        var result = Build(buildOptions);
        _pending = result.Succeeded ? [] : _pending;
        var problems = Problem.From(result, _siteRoot);
        if (!result.Succeeded) return new RebuildOutcome(changes, result, _basics, folder, problems);

        // The site language may have changed with site.yaml; the build's own messages know it for sure.
        _basics = _basics with { Language = result.Messages.Language };
        return new RebuildOutcome(changes, result, _basics, folder, problems) { Prose = Prose(result.Messages) };
    }

    /// <summary>The prose warnings of the build just made, with the checker of the last one while its data is the same.</summary>
    private ProseWarnings? Prose(Messages messages)
    {
        if (_memory.Last is not { } last) return null;
        if (_prose is null || !ReferenceEquals(_prose.Views, last.DataViews)) _prose = new Checks.Prose.ProseChecker(last.DataViews);
        return new ProseWarnings(last.Articles, _prose, messages);
    }

    /// <summary>
    /// Writes what the last rebuild left for after the reload (the search index). Cancelled by a newer save, it leaves
    /// the search as it was: the next rebuild makes it again, so a save in a row of saves does not wait behind it.
    /// </summary>
    public void Finish(CancellationToken cancel = default)
    {
        try
        {
            _memory.RunDeferred(cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Superseded.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The search index stays as it was; the next build writes it in full.
            _memory = new BuildMemory { DeferSearch = true };
        }
    }

    /// <summary>
    /// A build that throws is a bug or a file system surprise (a file deleted while being read); the preview must
    /// keep serving, so it becomes an error diagnostic instead of ending the server.
    /// </summary>
    private BuildResult Build(BuildOptions buildOptions)
    {
        try
        {
            return _builder.Build(buildOptions, _memory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Half a rebuild may have reached the folder: trust nothing remembered, the next build writes every file again.
            _memory = new BuildMemory { DeferSearch = true };
            var messages = new Messages(_basics.Language);
            var text = messages.PreviewBuildCrashed(e.Message);
            var diagnostic = new Diagnostic(Severity.Error, SourceSpan.FileOnly(Path.GetFileName(_siteRoot)), text.What, text.Fix);
            return new BuildResult(false, [diagnostic], 0, 0, TimeSpan.Zero, buildOptions.ResolvedOutput, messages);
        }
    }
}
