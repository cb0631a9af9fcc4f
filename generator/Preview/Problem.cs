using Bantin.Diagnostics;

namespace Bantin.Preview;

/// <summary>A diagnostic of a failed build with the source lines around it, read once per build.</summary>
public sealed record Problem(Diagnostic Diagnostic, SourceExcerpt? Excerpt)
{
    public static IReadOnlyList<Problem> From(BuildResult result, string siteRoot) =>
        result.Diagnostics.Select(d => new Problem(d, SourceExcerpt.Read(siteRoot, d.Span))).ToList();

    /// <summary>The console form: the usual <c>file:line:col: error: …</c> and fix lines, then the excerpt.</summary>
    public IEnumerable<string> Format()
    {
        yield return Diagnostic.ToString();
        if (Excerpt is null) yield break;
        foreach (var line in Excerpt.Format()) yield return "    " + line;
    }
}
