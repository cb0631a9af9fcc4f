namespace Bantin.Diagnostics;

/// <summary>Text as a message can show it: a name with a tab or a NUL in it must still be readable in the report.</summary>
public static class Printable
{
    /// <summary>Control characters (NUL, tab …) written as \0, \t or \uXXXX.</summary>
    public static string Of(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!char.IsControl(c)) sb.Append(c);
            else if (c == '\0') sb.Append("\\0");
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else sb.Append($"\\u{(int)c:X4}");
        }
        return sb.ToString();
    }
}
