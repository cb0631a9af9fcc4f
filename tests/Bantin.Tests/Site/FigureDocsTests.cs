using System.Text.RegularExpressions;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>Runs every example of docs/figures.md against the example site's data (Hugo's function examples, done our way).</summary>
public sealed partial class FigureDocsTests
{
    public static TheoryData<string, string, bool> Examples()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "figures.md"));
        var data = new TheoryData<string, string, bool>();
        foreach (Match m in Example().Matches(doc))
            data.Add(m.Groups["call"].Value.Trim(), m.Groups["out"].Value, m.Groups["contains"].Success);
        return data;
    }

    [Fact]
    public void The_docs_have_an_example_for_each_function()
    {
        var calls = Examples().Select(row => (string)row[0]).ToList();
        foreach (var function in new[] { "value", "percent", "target", "change", "table", "chart", "progress" })
            Assert.Contains(calls, c => c.StartsWith("{{ " + function + " "));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_prints_what_the_docs_say(string call, string expected, bool contains)
    {
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("Ví dụ", "2020-01-01", body: "KQ: " + call + " :KQ"));
        CopyData(site.Root);
        site.BuildOk();
        var html = site.Text("2020/01/vi-du/index.html");
        if (contains)
        {
            Assert.Contains(expected, html);
        }
        else
        {
            var start = html.IndexOf("KQ: ", StringComparison.Ordinal) + 4;
            Assert.Equal(expected, html[start..html.IndexOf(" :KQ", StringComparison.Ordinal)]);
        }
    }

    private static void CopyData(string root)
    {
        var from = Path.Combine(Repo.Root, "data");
        foreach (var file in Directory.EnumerateFiles(from, "*.yaml", SearchOption.AllDirectories))
        {
            var to = Path.Combine(root, "data", Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    [GeneratedRegex(@"<!-- example -->\s*```markdown\n(?<call>.*?)\n```\s*Prints(?<contains> a (?:table|chart) containing)?: `(?<out>[^`]*)`", RegexOptions.Singleline)]
    private static partial Regex Example();
}
