using Bantin.Model;

namespace Bantin.Compute;

/// <summary>What an article page links to: older/newer, "Tin cùng chuyên mục" and "Tin khác".</summary>
public sealed record Neighbours(Article? Older, Article? Newer, IReadOnlyList<Article> SameCategory, IReadOnlyList<Article> Others)
{
    public const int SameCategoryCount = 5;
    public const int OthersCount = 5;

    /// <summary>
    /// O(1) per article: the same-category list is the category's head, "Tin khác" the site-wide articles just older than this one.
    /// </summary>
    public static Neighbours For(int index, IReadOnlyList<Article> newestFirst, Category? category)
    {
        var article = newestFirst[index];
        var same = category is null
            ? []
            : category.Articles.Where(a => a != article).Take(SameCategoryCount).ToList();
        var others = new List<Article>(OthersCount);
        for (var i = index + 1; i < newestFirst.Count && others.Count < OthersCount; i++)
        {
            if (!same.Contains(newestFirst[i])) others.Add(newestFirst[i]);
        }
        return new Neighbours(
            Older: index + 1 < newestFirst.Count ? newestFirst[index + 1] : null,
            Newer: index > 0 ? newestFirst[index - 1] : null,
            SameCategory: same,
            Others: others);
    }
}
