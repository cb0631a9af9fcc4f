using Bantin.Tests.Support;

namespace Bantin.Tests.Fuzz;

/// <summary>The example site's real files (the repository root), read once: the valid input that mutations start from.</summary>
public static class ExampleSite
{
    public static IReadOnlyList<SiteFile> Data { get; } = Read("data", "*.yaml");

    /// <summary>Articles, pages and their images (SVG, so every file is text).</summary>
    public static IReadOnlyList<SiteFile> Content { get; } = Read("content", "*");

    public static SiteFile SiteYaml { get; } = new("site.yaml", File.ReadAllText(Path.Combine(Repo.Root, "site.yaml")));

    public static IReadOnlyList<string> UnitIds { get; } = Ids("units.yaml");

    public static IReadOnlyList<string> IndicatorIds { get; } = Ids("indicators.yaml");

    /// <summary>Each example article's unit, period and figure calls: calls that build, to vary a little.</summary>
    public static IReadOnlyList<(string Unit, string Period, IReadOnlyList<string> Calls)> FigureArticles { get; } =
        Content.Where(f => f.Path.EndsWith(".md"))
            .Select(f => (Unit: Field(f.Text, "unit"), Period: Field(f.Text, "period"),
                Calls: (IReadOnlyList<string>)System.Text.RegularExpressions.Regex.Matches(f.Text, "{{[^}]*}}").Select(m => m.Value).ToList()))
            .Where(a => a.Unit is not null && a.Period is not null && a.Calls.Count > 0)
            .Select(a => (a.Unit!, a.Period!, a.Calls))
            .ToList();

    private static string? Field(string text, string key) =>
        text.Split('\n').FirstOrDefault(l => l.StartsWith(key + ": "))?[(key.Length + 2)..].Trim();

    /// <summary>site.yaml and every data file: figures in generated articles have something to read.</summary>
    public static IReadOnlyList<SiteFile> WithData { get; } = [SiteYaml, .. Data];

    private static List<SiteFile> Read(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Repo.Root, folder), pattern, SearchOption.AllDirectories)
            .Select(f => new SiteFile(Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    private static List<string> Ids(string file) =>
        Data.Single(f => f.Path == "data/" + file).Text.Split('\n')
            .Where(l => l.StartsWith("- id: "))
            .Select(l => l["- id: ".Length..].Trim())
            .ToList();

    /// <summary>The example files with some replaced (same path) or added.</summary>
    public static IReadOnlyList<SiteFile> Replace(IEnumerable<SiteFile> files, IEnumerable<SiteFile> changed)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in changed) byPath[file.Path] = file;
        return byPath.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
