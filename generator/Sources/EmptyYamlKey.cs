namespace Bantin.Sources;

/// <summary>
/// A key left empty under a mapping ("  : 29", the id deleted and the value kept) makes YamlDotNet throw an
/// ArgumentException ("The current event is of an unsupported type") with no position; this finds the line, so the
/// error points where the key is missing.
/// </summary>
public static class EmptyYamlKey
{
    /// <summary>The 1-based line and column of the first line that starts with ':' (after indentation), else 1:1.</summary>
    /// <summary>The first line that starts with ':' (the key deleted, the value kept), or null when there is none.</summary>
    public static (int Line, int Column)? Find(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ');
            if (trimmed.StartsWith(':') && (trimmed.Length == 1 || trimmed[1] is ' ' or '\t' or '\r'))
                return (i + 1, lines[i].Length - trimmed.Length + 1);
        }
        return null;
    }
}
