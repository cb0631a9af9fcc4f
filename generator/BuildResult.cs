using Bantin.Diagnostics;

namespace Bantin;

public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, string OutputDir, Messages Messages)
{
    /// <summary>Wall time and allocated bytes of each stage, in order, for <c>build --timings</c>.</summary>
    public IReadOnlyList<StageTime> Timings { get; init; } = [];

    /// <summary>Thread time per page template, slowest first, for <c>build --timings</c>.</summary>
    public IReadOnlyList<Render.TemplateTime> Templates { get; init; } = [];

    /// <summary>The URLs a preview rebuild drew again (in no particular order); empty for a full build, which draws all.</summary>
    public IReadOnlyList<string> Redrawn { get; init; } = [];

    /// <summary>The output folder was refused (<see cref="Output.OutputGuard"/>): nothing was built. The command exits with 2.</summary>
    public bool BadOutput { get; init; }

    /// <summary>Stopped on request (Ctrl+C, SIGTERM) with the output untouched. The command exits with 130.</summary>
    public bool Stopped { get; init; }

    /// <summary>Drafts (articles and pages) the build left out because drafts were not asked for.</summary>
    public int DraftsLeftOut { get; init; }

    /// <summary>Finished articles dated after the build time that the build left out.</summary>
    public int ScheduledLeftOut { get; init; }

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
}
