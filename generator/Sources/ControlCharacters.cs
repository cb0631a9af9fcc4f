using System.Buffers;
using Bantin.Diagnostics;

namespace Bantin.Sources;

/// <summary>
/// Characters no page or feed may carry: the C0 controls other than tab and line ends (Word's Shift+Enter pastes
/// U+000B, old files hold NUL) and the noncharacters U+FFFE and U+FFFF. XML refuses them outright (the feed writer
/// threw on them) and browsers show them as boxes. Front matter and YAML name each one at its column, for the editor
/// to delete; a body loses them, since a pasted line break means a space and the rest mean nothing.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    public static bool IsForbidden(char c) => Forbidden.Contains(c);

    /// <summary>
    /// Reports the first forbidden character of each line as an error at its column, and returns the text with each
    /// one turned into a space: the YAML reader reads on without a second error, and every position stays where it was.
    /// </summary>
    /// <param name="firstLine">The text's first line in its file.</param>
    public static string Blank(string text, string file, int firstLine, DiagnosticBag bag)
    {
        var at = text.AsSpan().IndexOfAny(Forbidden);
        if (at < 0) return text;
        var chars = text.ToCharArray();
        int line = firstLine, lineStart = 0, counted = 0, reported = 0;
        for (; at >= 0; at = Next(text, at + 1))
        {
            for (var i = counted; i < at; i++)
                if (text[i] == '\n') (line, lineStart) = (line + 1, i + 1);
            counted = at;
            if (reported != line)
            {
                var column = at - lineStart + 1;
                bag.Error(new SourceSpan(file, line, column), bag.Messages.ControlCharacter(text[at], column));
                reported = line;
            }
            chars[at] = ' ';
        }
        return new string(chars);
    }

    /// <summary>A body without them: a vertical tab or form feed (a line break pasted from Word) becomes a space, the rest go.</summary>
    public static string Clean(string body)
    {
        if (!body.AsSpan().ContainsAny(Forbidden)) return body;
        var sb = new System.Text.StringBuilder(body.Length);
        foreach (var c in body)
        {
            if (!Forbidden.Contains(c)) sb.Append(c);
            else if (c is '\u000B' or '\u000C') sb.Append(' ');
        }
        return sb.ToString();
    }

    private static int Next(string text, int from)
    {
        var found = text.AsSpan(from).IndexOfAny(Forbidden);
        return found < 0 ? -1 : from + found;
    }
}
