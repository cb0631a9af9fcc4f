using Bantin.Model;

namespace Bantin.Compute;

/// <summary>Everything lists and links are made from, computed once per build.</summary>
public sealed record SiteIndex(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Page> Pages,
    CategoryTree Categories,
    IReadOnlyList<Tag> Tags,
    Archives Archives)
{
    public static SiteIndex Build(IEnumerable<Article> articles, IEnumerable<Page> pages, SiteConfig site)
    {
        var sorted = articles.ToList();
        sorted.Sort(VietnameseOrder.NewestFirst);
        return new SiteIndex(
            sorted,
            pages.OrderBy(p => p.Title, VietnameseOrder.Names).ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList(),
            CategoryTree.Build(sorted, site.Urls),
            TagIndex.Build(sorted, site.Urls),
            Archives.Build(sorted, site.TimeZone));
    }
}
