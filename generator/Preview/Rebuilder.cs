using Bantin.Diagnostics;

namespace Bantin.Preview;

/// <summary>
/// Decides what a change needs and builds it. For now every change rebuilds the whole site, which takes well under a
/// second for a bulletin site; this is the one place to make rebuilds incremental (map the changed files to the
/// pages they feed, and re-render only those), without touching the server.
/// </summary>
/// <remarks>
/// Each build goes to a new numbered folder, and the server switches to it only when it succeeded. Requests still
/// reading the previous folder are never cut off; folders older than that are deleted.
/// </remarks>
public sealed class Rebuilder(PreviewOptions options, string outputRoot, Func<SiteBasics, string> baseUrlFor)
{
    private readonly SiteBuilder _builder = new();
    private readonly string _siteRoot = Path.GetFullPath(options.SiteRoot);
    private SiteBasics _basics = SiteBasics.Default;
    private int _count;
    private string? _current;
    private string? _previous;

    /// <summary>Builds after <paramref name="changes"/>. Not thread-safe: the server runs one build at a time.</summary>
    public RebuildOutcome Rebuild(ChangeSet changes)
    {
        _basics = SiteBasics.Read(_siteRoot, _basics);
        var folder = Path.Combine(outputRoot, $"build-{++_count}");
        var buildOptions = new BuildOptions(_siteRoot, folder, options.IncludeDrafts, baseUrlFor(_basics), options.BuildTime);
        var result = Build(buildOptions);
        var problems = Problem.From(result, _siteRoot);
        if (!result.Succeeded) return new RebuildOutcome(changes, result, _basics, folder, problems);

        // The site language may have changed with site.yaml; the build's own messages know it for sure.
        _basics = _basics with { Language = result.Messages.Language };
        Forget(_previous);
        (_previous, _current) = (_current, folder);
        return new RebuildOutcome(changes, result, _basics, folder, problems);
    }

    /// <summary>
    /// A build that throws is a bug or a file system surprise (a file deleted while being read); the preview must
    /// keep serving, so it becomes an error diagnostic instead of ending the server.
    /// </summary>
    private BuildResult Build(BuildOptions buildOptions)
    {
        try
        {
            return _builder.Build(buildOptions);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var messages = new Messages(_basics.Language);
            var text = messages.PreviewBuildCrashed(e.Message);
            var diagnostic = new Diagnostic(Severity.Error, SourceSpan.FileOnly(Path.GetFileName(_siteRoot)), text.What, text.Fix);
            return new BuildResult(false, [diagnostic], 0, 0, TimeSpan.Zero, buildOptions.ResolvedOutput, messages);
        }
    }

    private static void Forget(string? folder)
    {
        if (folder is null) return;
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* still open somewhere: the whole preview folder goes when the server stops */ }
        catch (UnauthorizedAccessException) { }
    }
}
