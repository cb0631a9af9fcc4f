using Bantin.Diagnostics;
using YamlDotNet.Core;

namespace Bantin.Sources.Yaml;

/// <summary>
/// Turns YamlDotNet's syntax errors into faults an editor can act on, at the place to act: YamlDotNet starts a
/// tab error at the scalar before it (one line early) and an unclosed '[' where it gave up, not where it opened.
/// </summary>
internal static class YamlSyntaxFault
{
    public static YamlFault From(YamlException e, string text, (Mark Start, char Bracket)? openFlow)
    {
        var message = e.Message;
        var line = (int)e.Start.Line;
        var column = (int)e.Start.Column;
        if (Has(message, "tab") && TabAtOrAfter(text, line) is var (tabLine, tabColumn))
            return new YamlFault(YamlFaultKind.Tab, tabLine, tabColumn);
        if (Has(message, "quoted scalar"))
            return new YamlFault(YamlFaultKind.UnclosedQuote, line, column);
        if ((Has(message, "flow sequence") || Has(message, "flow mapping")) && openFlow is { } open)
            return Unclosed(open);
        if (Has(message, "invalid mapping") || Has(message, "mapping values are not allowed"))
            return Colon(text, line, column);
        if (Has(message, "did not find expected key") || Has(message, "did not find expected '-'"))
            return new YamlFault(YamlFaultKind.BadIndentation, line, column);
        if ((Has(message, "cannot start any token") || Has(message, "anchor or alias")) && CharAt(text, e.Start) is { } c)
            return new YamlFault(YamlFaultKind.ReservedStart, line, column, c.ToString(), QuotedExample(LineText(text, line)));
        return new YamlFault(YamlFaultKind.Other, line, column, Reason(message));
    }

    /// <summary>A failure YamlDotNet reports with another exception type (an unclosed '[' followed by a key).</summary>
    public static YamlFault FromUnexpected((Mark Start, char Bracket)? openFlow, Mark last) =>
        openFlow is { } open ? Unclosed(open) : new YamlFault(YamlFaultKind.Unreadable, Math.Max((int)last.Line, 1), Math.Max((int)last.Column, 1));

    public static string Reason(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 7, Idx: ...) - (...): "; the span already says where.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static YamlFault Unclosed((Mark Start, char Bracket) open) =>
        new(YamlFaultKind.UnclosedBracket, (int)open.Start.Line, (int)open.Start.Column, open.Bracket.ToString());

    // "title: Hội nghị: tổng kết" needs quotes; "  date: x" under "title: a" is a key indented by mistake
    // (YAML reads it as the continuation of a's value, then trips on its colon).
    private static YamlFault Colon(string text, int line, int column)
    {
        var lineText = LineText(text, line);
        var indent = lineText.Length - lineText.TrimStart(' ').Length;
        var firstColon = lineText.IndexOf(':');
        if (indent > 0 && firstColon + 1 == column && !lineText.TrimStart().StartsWith('-'))
            return new YamlFault(YamlFaultKind.OverIndentedKey, line, indent + 1, lineText[indent..firstColon].Trim());
        var (key, value) = KeyAndValue(lineText);
        return new YamlFault(YamlFaultKind.ColonInValue, line, column, key, value);
    }

    private static (int Line, int Column)? TabAtOrAfter(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(fromLine - 1, 0); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        return fromLine > 1 ? TabAtOrAfter(text, 1) : null;
    }

    private static string QuotedExample(string lineText)
    {
        var (key, value) = KeyAndValue(lineText);
        return key.Length > 0 ? $"{key}: \"{value}\"" : $"\"{value}\"";
    }

    // The key and value of a "key: value" line (or of a "- key: value" item); no key for a "- value" item.
    private static (string Key, string Value) KeyAndValue(string lineText)
    {
        var s = lineText.Trim();
        if (s.StartsWith("- ", StringComparison.Ordinal)) s = s[2..].TrimStart();
        var colon = s.IndexOf(": ", StringComparison.Ordinal);
        var (key, value) = colon < 0 ? ("", s) : (s[..colon].Trim(), s[(colon + 2)..].Trim());
        return (key, value.Replace("\\", "\\\\").Replace("\"", "\\\""));
    }

    private static string LineText(string text, int line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] : "";
    }

    private static char? CharAt(string text, Mark mark) =>
        mark.Index >= 0 && mark.Index < text.Length ? text[(int)mark.Index] : null;

    private static bool Has(string message, string part) => message.Contains(part, StringComparison.OrdinalIgnoreCase);
}
