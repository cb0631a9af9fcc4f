using System.Text.RegularExpressions;
using Bantin.Diagnostics;
using Bantin.Tests.Data;
using Bantin.Tests.Support;

namespace Bantin.Tests.Revisions;

/// <summary>Runs the revision example of docs/formats.md and docs/figures.md: the file, the article, what they print and what check says.</summary>
public sealed partial class RevisionDocsTests
{
    [Fact]
    public void The_documented_example_prints_and_warns_what_the_docs_say()
    {
        var formats = File.ReadAllText(Path.Combine(Repo.Root, "docs", "formats.md"));
        var figures = File.ReadAllText(Path.Combine(Repo.Root, "docs", "figures.md"));
        var file = Block().Match(formats[formats.IndexOf("<!-- revision-file -->", StringComparison.Ordinal)..]).Groups["text"].Value;
        figures = figures[figures.IndexOf("<!-- revision-article -->", StringComparison.Ordinal)..];
        var article = Block().Match(figures).Groups["text"].Value;
        var path = file.Split('\n')[0].TrimStart('#', ' ');
        using var site = TestSite.From(DataTestSite.Catalog + $"-- {path} --\n{file}\n-- content/tin-tuc/thang-4.md --\n{article}\n");

        site.BuildOk();
        var main = site.Page("/2019/05/ket-qua-thang-4/").QuerySelector("main")!;
        Assert.Contains(Said(figures, "Prints"), main.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Equal(Said(figures, "Note"), main.QuerySelector("p.revision-note")!.TextContent);

        var check = new SiteBuilder().Build(new BuildOptions(site.Root, BuildTime: TestSite.BuildTime, CheckOnly: true));
        Assert.Contains(Said(figures, "Warning"), check.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(d => d.ToLine()));
    }

    private static string Said(string doc, string label) =>
        Regex.Match(doc, "^" + label + ": `(?<text>[^`]*)`", RegexOptions.Multiline).Groups["text"].Value;

    [GeneratedRegex(@"```(?:yaml|markdown)\n(?<text>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
