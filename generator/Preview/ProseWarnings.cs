using System.Collections.Immutable;
using Bantin.Checks.Prose;
using Bantin.Diagnostics;
using Bantin.Model;

namespace Bantin.Preview;

/// <summary>
/// The prose checker's warnings for the articles of one good build, worked out when an article's page is first asked
/// for: the rebuild does no checking at all, and a page costs the check of one article, once per build.
/// </summary>
/// <param name="articles">The published articles as last read (with their Markdown), by URL within the site.</param>
/// <param name="checker">Reads the build's figures as they stood on each article's date; kept from build to build while
/// the data is the same, with its index of every value.</param>
public sealed class ProseWarnings(ImmutableDictionary<string, Article> articles, ProseChecker checker, Messages messages)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string?> _panels = new(StringComparer.Ordinal);

    /// <summary>The panel for the page at <paramref name="url"/> (as articles name it, "2019/04/slug/"); null when it has nothing to say.</summary>
    public string? PanelFor(string url)
    {
        if (!articles.TryGetValue(url, out var article)) return null;
        // Requests come in parallel: one check per page and build.
        lock (_gate)
        {
            if (_panels.TryGetValue(url, out var known)) return known;
            var bag = new DiagnosticBag(messages);
            checker.Check(article, bag);
            var warnings = bag.Sorted().Where(d => d.Severity == Severity.Warning).ToList();
            return _panels[url] = warnings.Count == 0 ? null : ProsePanel.Render(warnings, messages);
        }
    }
}
