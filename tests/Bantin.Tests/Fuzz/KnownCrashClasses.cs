using System.Text.RegularExpressions;

namespace Bantin.Tests.Fuzz;

/// <summary>
/// Crash classes that other parts of issue #12 fix (Markdig deep nesting, control characters in the feed, figure
/// placeholders typed in prose, curly quotes in figure calls, YAML aliases and YamlDotNet's own exceptions,
/// out-of-range dates, ".." in ids and paths). The generators avoid most of these inputs; a failing case that still
/// falls in one, by its input and by where it crashed, is counted and reported, not failed.
/// Remove each entry once its fix is merged: the fuzz tests then hold that class too.
/// </summary>
public static class KnownCrashClasses
{
    private static readonly (string Name, Func<string, bool> Input, Func<FuzzFailure, bool> Crash)[] Classes =
    [
        ("Markdig deep nesting", _ => true, f => f.Detail.Contains("too deeply nested", StringComparison.Ordinal)),
        ("YamlDotNet's InvalidOperationException on broken YAML", _ => true,
            f => f.Signature.Contains("InvalidOperationException in Bantin.Sources.Yaml", StringComparison.Ordinal)),
        ("control characters (U+0000–U+001F but tab and line ends, U+FFFE, U+FFFF)",
            text => text.Any(c => c is (< ' ' and not ('\t' or '\n' or '\r')) or '\uFFFE' or '\uFFFF'), _ => true),
        ("BANTINFIGURE placeholders typed in prose", text => text.Contains("BANTINFIGURE", StringComparison.Ordinal), _ => true),
        ("curly quotes in figure calls", text => Regex.IsMatch(text, @"\{\{\s*(value|percent|table|chart|progress)\b[^}]*[“”‘’]"), _ => true),
        ("YAML aliases", text => Regex.IsMatch(Yaml(text), @"&[^\s\[\]{},]+[\s\S]*\*[^\s\[\]{},]"), f => f.Detail.Contains("YamlDotNet", StringComparison.Ordinal)),
        ("out-of-range dates", text => Regex.IsMatch(text, @"(?<!\d)(0\d{3}|9\d{3}|\d{5,})-\d{1,2}-\d{1,2}"),
            f => f.Detail.Contains("ArgumentOutOfRange", StringComparison.Ordinal) || f.Detail.Contains("DateTime", StringComparison.Ordinal)),
        ("'..' in ids and paths", text => Regex.IsMatch(text, @"(^|[\s/\\:""'\[,])\.\.($|[\s/\\""'\],])", RegexOptions.Multiline),
            f => f.Signature.Contains("Bantin.Output", StringComparison.Ordinal) || f.Signature.Contains("Url", StringComparison.Ordinal)),
    ];

    /// <summary>The YAML of a file: all of it, or a Markdown file's front matter (the body's `&amp;` and `*x*` are no aliases).</summary>
    private static string Yaml(string text)
    {
        var body = text.TrimStart('\uFEFF', ' ');
        if (!body.StartsWith("---") && !body.StartsWith("+++")) return text;
        var end = body.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? body : body[..end];
    }

    /// <summary>The first known class this failure of this site falls in, or null.</summary>
    public static string? Of(FuzzCase site, FuzzFailure failure) =>
        Classes.FirstOrDefault(c => c.Crash(failure) && site.Files.Any(f => c.Input(f.Text))).Name;
}
