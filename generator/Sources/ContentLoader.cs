using Bantin.Diagnostics;
using Bantin.Model;

namespace Bantin.Sources;

/// <summary>Reads every Markdown file under content/ in parallel; results are ordered by path so builds are repeatable.</summary>
public static class ContentLoader
{
    public const string Folder = "content";

    public static (IReadOnlyList<Article> Articles, IReadOnlyList<Page> Pages) Load(string siteRoot, SiteConfig site, DiagnosticBag bag,
        Incremental.ContentMemory? memory = null)
    {
        var folder = Path.Combine(siteRoot, Folder);
        if (!Directory.Exists(folder)) return ([], []);

        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteRoot, f).Replace('\\', '/'))
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var reader = new ContentReader(site);
        var items = new object?[files.Length];
        Parallel.For(0, files.Length, i => items[i] = memory is null ? reader.Read(siteRoot, files[i], bag) : memory.Read(siteRoot, files[i], reader, bag));
        memory?.Retain(files);
        return (items.OfType<Article>().ToList(), items.OfType<Page>().ToList());
    }
}
