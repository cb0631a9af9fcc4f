using Bantin.Diagnostics;

namespace Bantin.Preview;

/// <summary>
/// What the server shows right now. Replaced whole after each build, so a request sees one build, never half of two.
/// </summary>
/// <param name="Build">Names the build for live reload: the session and a counter of finished builds, good or failed.</param>
/// <param name="Basics">Sub-path and language of the site as served.</param>
/// <param name="Folder">The last good build's folder; null until a build succeeds.</param>
/// <param name="Overlay">The error overlay of the last build when it failed; null when it succeeded.</param>
/// <param name="Messages">Texts in the site language.</param>
public sealed record PreviewState(string Build, SiteBasics Basics, string? Folder, string? Overlay, Messages Messages)
{
    /// <summary>The prose checker's warnings of the articles served (<see cref="Folder"/>'s build); null when unknown.</summary>
    public ProseWarnings? Prose { get; init; }
}
