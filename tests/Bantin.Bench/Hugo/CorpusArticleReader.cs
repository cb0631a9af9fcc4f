using System.Text.RegularExpressions;

namespace Bantin.Bench.Hugo;

/// <summary>
/// Reads back the front matter that <see cref="Corpus.ArticleWriter"/> writes: one <c>key: value</c> per line, strings
/// double-quoted, tags as a flow list of quoted strings. It is not a YAML parser and needs no more than that.
/// </summary>
public static partial class CorpusArticleReader
{
    public static CorpusArticle Read(string root, string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(root, relativePath));
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) throw new FormatException($"{relativePath}: no front matter");
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0) throw new FormatException($"{relativePath}: front matter not closed");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text[4..end].Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) fields[line[..colon]] = line[(colon + 1)..].Trim();
        }
        string? Field(string key) => fields.TryGetValue(key, out var v) ? Unquote(v) : null;
        var tags = fields.TryGetValue("tags", out var list) ? Quoted().Matches(list).Select(m => Unescape(m.Groups[1].Value)).ToList() : [];
        return new CorpusArticle(
            relativePath,
            Field("title") ?? throw new FormatException($"{relativePath}: no title"),
            Field("date") ?? throw new FormatException($"{relativePath}: no date"),
            Field("author"),
            Field("category"),
            tags,
            Field("unit"),
            Field("period"),
            Field("slug") ?? Path.GetFileNameWithoutExtension(relativePath),
            text[(end + 5)..]);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? Unescape(value[1..^1]) : value;

    private static string Unescape(string value) => value.Replace("\\\"", "\"").Replace("\\\\", "\\");

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Quoted();
}
