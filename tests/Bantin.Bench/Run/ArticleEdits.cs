using System.Text.RegularExpressions;

namespace Bantin.Bench.Run;

/// <summary>
/// The reload command's edits of an article's front matter, each with the test that its page shows it: another day
/// of the same month (the URL stays), another existing category, one tag replaced by another existing one. Each
/// test is false on the page as served before the save, so a poll cannot succeed on the old page.
/// </summary>
public static partial class ArticleEdits
{
    /// <summary>The edited text and the test of the served page; null when the article has no such field.</summary>
    public static (Func<string, bool> Served, string Text)? Date(string text, string page)
    {
        var date = DateLine().Match(text);
        var shown = Between(page, "<p class=\"meta\">", "</p>") is { } meta ? DateTime().Match(meta) : Match.Empty;
        if (!date.Success || !shown.Success) return null;
        var day = int.Parse(date.Groups[2].Value) % 27 + 1;
        var iso = shown.Groups[1].Value;
        var newIso = $"{iso[..8]}{day:00}{iso[10..]}";
        var edited = text[..date.Index] + $"\ndate: {date.Groups[1].Value}{day:00}" + text[(date.Index + date.Length)..];
        return (p => Between(p, "<p class=\"meta\">", "</p>") is { } m && m.Contains($"datetime=\"{newIso}\"", StringComparison.Ordinal), edited);
    }

    public static (Func<string, bool> Served, string Text)? Category(string text, string page, IReadOnlyList<string> files)
    {
        var line = CategoryLine().Match(text);
        if (!line.Success) return null;
        foreach (var category in Known(files, CategoryLine()))
        {
            var last = category[(category.LastIndexOf('/') + 1)..];
            bool Served(string p) => Between(p, "class=\"breadcrumb\"", "</nav>") is { } crumbs && crumbs.Contains($">{Escape(last)}</a>", StringComparison.Ordinal);
            if (category == line.Groups[1].Value || Served(page)) continue;
            return (Served, text[..line.Index] + $"\ncategory: \"{category}\"" + text[(line.Index + line.Length)..]);
        }
        return null;
    }

    public static (Func<string, bool> Served, string Text)? Tag(string text, string page, IReadOnlyList<string> files)
    {
        var line = TagsLine().Match(text);
        if (!line.Success) return null;
        var first = Quoted().Match(line.Groups[1].Value);
        if (!first.Success) return null;
        foreach (var tag in Known(files, TagsLine()).SelectMany(t => Quoted().Matches(t).Select(m => m.Groups[1].Value)).Distinct())
        {
            var marker = $"rel=\"tag\">{Escape(tag)}</a>";
            if (line.Groups[1].Value.Contains($"\"{tag}\"", StringComparison.Ordinal) || page.Contains(marker, StringComparison.Ordinal)) continue;
            var tags = line.Groups[1].Value;
            var edited = $"\ntags: [{tags[..first.Index]}\"{tag}\"{tags[(first.Index + first.Length)..]}]";
            return (p => p.Contains(marker, StringComparison.Ordinal), text[..line.Index] + edited + text[(line.Index + line.Length)..]);
        }
        return null;
    }

    /// <summary>The values of a front-matter line among the first articles: existing categories or tag lists.</summary>
    private static IEnumerable<string> Known(IReadOnlyList<string> files, Regex line) =>
        files.Take(200).Select(f => line.Match(File.ReadAllText(f))).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);

    private static string? Between(string page, string start, string end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        if (from < 0) return null;
        var to = page.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? null : page[from..to];
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    [GeneratedRegex(@"\ndate: (\d{4}-\d\d-)(\d\d)")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"datetime=""([^""]+)""")]
    private static partial Regex DateTime();

    [GeneratedRegex(@"\ncategory: ""([^""\n]+)""")]
    private static partial Regex CategoryLine();

    [GeneratedRegex(@"\ntags: \[([^\]\n]*)\]")]
    private static partial Regex TagsLine();

    [GeneratedRegex(@"""([^""]+)""")]
    private static partial Regex Quoted();
}
