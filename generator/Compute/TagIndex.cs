using Bantin.Model;

namespace Bantin.Compute;

/// <summary>Tags matched by slug ("Phát triển đoàn viên" and "phát triển đoàn viên" are one tag), sorted by name.</summary>
public static class TagIndex
{
    /// <param name="articles">Newest first.</param>
    public static IReadOnlyList<Tag> Build(IReadOnlyList<Article> articles, UrlScheme urls)
    {
        // Thousands of articles share a few dozen tag names: slug each name once.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        string SlugOf(string name) => slugs.TryGetValue(name, out var known) ? known : slugs[name] = Slug.ForPath(name);
        // A tag is spelled as in the first file (by path) that names it: the smallest path is kept per slug, rather
        // than sorting 10,000 paths on every preview rebuild. Within one file its first spelling stands.
        var first = new Dictionary<string, (string Path, string Name)>(StringComparer.Ordinal);
        foreach (var article in articles)
        foreach (var name in article.Tags)
        {
            var slug = SlugOf(name);
            if (slug.Length == 0) continue;
            if (!first.TryGetValue(slug, out var known) || string.CompareOrdinal(article.SourcePath, known.Path) < 0)
                first[slug] = (article.SourcePath, name);
        }
        var names = first.ToDictionary(pair => pair.Key, pair => pair.Value.Name, StringComparer.Ordinal);

        var members = names.Keys.ToDictionary(k => k, _ => new List<Article>(), StringComparer.Ordinal);
        // An article names a few tags: a look among those already added beats a Distinct() per article (every rebuild
        // of the preview makes this index again).
        var added = new List<string>();
        foreach (var article in articles)
        {
            added.Clear();
            foreach (var name in article.Tags)
            {
                var slug = SlugOf(name);
                if (slug.Length == 0 || added.Contains(slug)) continue;
                added.Add(slug);
                members[slug].Add(article);
            }
        }

        return names
            .Select(kv => new Tag(kv.Value, kv.Key, urls.ForTag(kv.Key), members[kv.Key]))
            .OrderBy(t => t.Name, VietnameseOrder.Names)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .ToList();
    }

    public static IEnumerable<string> SlugsOf(Article article) =>
        article.Tags.Select(Slug.ForPath).Where(s => s.Length > 0).Distinct();
}
