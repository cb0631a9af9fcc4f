using System.Net;

namespace Bantin.Preview;

/// <summary>What <c>bantin serve</c> is asked to do.</summary>
/// <param name="SiteRoot">The site folder (where site.yaml is).</param>
/// <param name="Bind">The address to listen on; loopback unless the user asks, so a preview is not public by accident.</param>
/// <param name="Port">The port; 0 lets the system pick a free one (tests use that).</param>
/// <param name="IncludeDrafts">On by default in a preview: an editor wants to see the draft being written.</param>
/// <param name="BuildTime">A fixed "now" for reproducible tests; null means the real time at each build.</param>
public sealed record PreviewOptions(
    string SiteRoot,
    IPAddress Bind,
    int Port,
    bool IncludeDrafts = true,
    DateTimeOffset? BuildTime = null)
{
    public const int DefaultPort = 8080;

    /// <summary>
    /// Quiet time after the last file event before a rebuild: editors save a file in several steps (write a temporary
    /// file, rename it), all within a few milliseconds; longer only delays the page the editor is waiting for.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary><c>serve --timings</c>: after each build's line, the time and memory of each of its stages.</summary>
    public bool Timings { get; init; }

    /// <summary>The folder for the preview's builds, inside the site so a build stays on the same disk; git ignores <c>.bantin-*/</c>.</summary>
    public string PreviewRoot => Path.Combine(Path.GetFullPath(SiteRoot), ".bantin-preview");
}
