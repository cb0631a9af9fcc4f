namespace Bantin.Preview;

/// <summary>One finished build of the preview.</summary>
/// <param name="Changes">What started it.</param>
/// <param name="Result">The build's result; a failed one keeps the previous folder in service.</param>
/// <param name="Basics">Sub-path and language the build was made for.</param>
/// <param name="Folder">Where the build was written (only meaningful when it succeeded).</param>
/// <param name="Problems">The diagnostics (errors, and warnings of a good build) with their source lines, for the console and the overlay.</param>
public sealed record RebuildOutcome(ChangeSet Changes, BuildResult Result, SiteBasics Basics, string Folder, IReadOnlyList<Problem> Problems)
{
    /// <summary>A good build's prose warnings, checked page by page when asked for.</summary>
    public ProseWarnings? Prose { get; init; }

    public bool Succeeded => Result.Succeeded;
}
