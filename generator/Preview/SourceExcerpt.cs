using System.Text;
using Bantin.Diagnostics;

namespace Bantin.Preview;

/// <summary>
/// The lines around a diagnostic's position, read from the site file, so the console and the browser show the
/// problem in context instead of only a line number.
/// </summary>
/// <param name="Lines">A few lines before and after, with their 1-based numbers.</param>
/// <param name="Target">The line the diagnostic points at.</param>
/// <param name="Column">The 1-based column on <paramref name="Target"/>, 0 when unknown.</param>
public sealed record SourceExcerpt(IReadOnlyList<(int Number, string Text)> Lines, int Target, int Column)
{
    public const int Context = 2;

    /// <summary>The excerpt for <paramref name="span"/>, or null when it names no line or no readable file inside the site.</summary>
    public static SourceExcerpt? Read(string siteRoot, SourceSpan span)
    {
        if (span.Line <= 0 || string.IsNullOrEmpty(span.File)) return null;
        var root = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, span.File));
        // Diagnostics name site files; never let a strange name make the preview show some other file.
        if (!full.StartsWith(root, StringComparison.Ordinal)) return null;
        string[] all;
        try
        {
            all = File.ReadAllLines(full, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (span.Line > all.Length) return null;
        var first = Math.Max(1, span.Line - Context);
        var last = Math.Min(all.Length, span.Line + Context);
        var lines = Enumerable.Range(first, last - first + 1).Select(n => (n, all[n - 1].TrimStart('\uFEFF'))).ToList();
        return new SourceExcerpt(lines, span.Line, span.Column);
    }

    /// <summary>
    /// The excerpt as text: a gutter with line numbers, '>' on the target line and a caret under the column.
    /// The caret line copies the tabs of the target line, so it lines up however wide tabs are.
    /// </summary>
    public IEnumerable<string> Format()
    {
        var width = Lines[^1].Number.ToString().Length;
        foreach (var (number, text) in Lines)
        {
            var isTarget = number == Target;
            yield return $"{(isTarget ? '>' : ' ')} {number.ToString().PadLeft(width)} | {text}";
            if (isTarget && Column > 0) yield return $"  {new string(' ', width)} | {CaretIndent(text)}^";
        }
    }

    private string CaretIndent(string text)
    {
        var before = text.Length >= Column - 1 ? text[..(Column - 1)] : text + new string(' ', Column - 1 - text.Length);
        return new string(before.Select(c => c == '\t' ? '\t' : ' ').ToArray());
    }
}
