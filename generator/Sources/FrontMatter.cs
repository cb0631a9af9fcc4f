namespace Bantin.Sources;

/// <summary>A Markdown file cut into its YAML front matter and its body, keeping the body's real first line.</summary>
public sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyFirstLine)
{
    public enum Outcome { Ok, Missing, Unclosed }

    public static Outcome TrySplit(string text, out FrontMatter frontMatter)
    {
        frontMatter = new FrontMatter("", 0, text, 1);
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---")) return Outcome.Missing;

        var line = 1;
        var position = 4;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            line++;
            if (lineText.TrimEnd() is "---" or "...")
            {
                var body = end < 0 ? "" : text[(end + 1)..];
                frontMatter = new FrontMatter(text[4..position], 1, body, line + 1);
                return Outcome.Ok;
            }
            if (end < 0) break;
            position = end + 1;
        }
        return Outcome.Unclosed;
    }
}
