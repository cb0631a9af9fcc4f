using Bantin.Diagnostics;
using Bantin.Model;

namespace Bantin.Sources;

/// <summary>Reads every Markdown file under content/ in parallel; results are ordered by path so builds are repeatable.</summary>
public static class ContentLoader
{
    public const string Folder = "content";

    public static (IReadOnlyList<Article> Articles, IReadOnlyList<Page> Pages) Load(string siteRoot, SiteConfig site, DiagnosticBag bag,
        IContentCache? cache = null)
    {
        var folder = Path.Combine(siteRoot, Folder);
        if (!Directory.Exists(folder)) return ([], []);

        var reader = new ContentReader(site, new SiteFiles(siteRoot, site.Symlinks));
        string[] Enumerate() => reader.Files.Under(Folder, bag)
            .Where(IsContentFile)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var files = cache is null ? Enumerate() : cache.List(siteRoot, Enumerate, IsContentFile);

        ContentItem?[] items;
        if (cache is not null) items = cache.ReadAll(siteRoot, files, reader, bag);
        else
        {
            items = new ContentItem?[files.Length];
            Parallel.For(0, files.Length, i => items[i] = reader.Read(siteRoot, files[i], bag));
        }
        return (items.OfType<Article>().ToList(), items.OfType<Page>().ToList());
    }

    /// <summary>A Markdown file under content/ (site-relative, with '/'), not an editor's or tool's hidden file.</summary>
    public static bool IsContentFile(string relativePath) =>
        relativePath.StartsWith(Folder + "/", StringComparison.Ordinal)
        && relativePath.EndsWith(".md", StringComparison.Ordinal)
        && !Path.GetFileName(relativePath).StartsWith('.');
}
