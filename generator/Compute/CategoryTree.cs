using Bantin.Model;

namespace Bantin.Compute;

/// <summary>Builds the category tree from the articles' category paths (matched by slug, so letter case does not split a category).</summary>
public sealed class CategoryTree
{
    private readonly Dictionary<string, Category> _byKey;

    private CategoryTree(Dictionary<string, Category> byKey, IReadOnlyList<Category> roots, IReadOnlyDictionary<Article, Category> ofArticle)
    {
        _byKey = byKey;
        Roots = roots;
        OfArticle = ofArticle;
    }

    public IReadOnlyList<Category> Roots { get; }
    public IEnumerable<Category> All => _byKey.Values;
    public IReadOnlyDictionary<Article, Category> OfArticle { get; }

    /// <param name="articles">Newest first.</param>
    public static CategoryTree Build(IReadOnlyList<Article> articles, UrlScheme urls)
    {
        var byKey = new Dictionary<string, Category>(StringComparer.Ordinal);
        var own = new Dictionary<Category, List<Article>>();
        var ofArticle = new Dictionary<Article, Category>();
        var slugOf = new Dictionary<string, string>(StringComparer.Ordinal);

        // Names come from the first article by path that uses them, so the display name does not depend on dates.
        foreach (var article in articles.OrderBy(a => a.SourcePath, StringComparer.Ordinal))
        {
            Category? parent = null;
            var slugs = new List<string>();
            foreach (var name in article.Category)
            {
                if (!slugOf.TryGetValue(name, out var slug)) slugOf[name] = slug = Slug.ForPath(name);
                if (slug.Length == 0) continue;
                slugs.Add(slug);
                var key = string.Join('/', slugs);
                if (!byKey.TryGetValue(key, out var node))
                {
                    node = new Category(name, slugs.ToArray(), urls.ForCategory(slugs), parent);
                    byKey.Add(key, node);
                    own.Add(node, []);
                }
                parent = node;
            }
            if (parent is not null) ofArticle[article] = parent;
        }

        foreach (var article in articles)
        {
            if (!ofArticle.TryGetValue(article, out var category)) continue;
            for (var c = category; c is not null; c = c.Parent) own[c].Add(article);
        }

        // Grouped once: looking up each node's children among all nodes was quadratic in the number of categories.
        var childrenOf = byKey.Values.Where(c => c.Parent is not null).ToLookup(c => c.Parent!);
        foreach (var node in byKey.Values)
        {
            node.Articles = own[node];
            node.Children = childrenOf[node].OrderBy(c => c.Name, VietnameseOrder.Names).ToList();
        }
        var roots = byKey.Values.Where(c => c.Parent is null).OrderBy(c => c.Name, VietnameseOrder.Names).ToList();
        return new CategoryTree(byKey, roots, ofArticle);
    }
}
