using Bantin.Model;

namespace Bantin.Compute;

/// <summary>A node of the category tree. A category lists its own articles and its descendants', newest first.</summary>
public sealed class Category
{
    internal Category(string name, IReadOnlyList<string> slugPath, string url, Category? parent)
    {
        Name = name;
        SlugPath = slugPath;
        Url = url;
        Parent = parent;
    }

    public string Name { get; }
    public IReadOnlyList<string> SlugPath { get; }
    public string Url { get; }
    public Category? Parent { get; }
    public IReadOnlyList<Category> Children { get; internal set; } = [];
    public IReadOnlyList<Article> Articles { get; internal set; } = [];

    /// <summary>The category itself last: Tin tức sự kiện › Ban tổ chức.</summary>
    public IEnumerable<Category> Trail()
    {
        var chain = new List<Category>();
        for (var c = this; c is not null; c = c.Parent) chain.Add(c);
        chain.Reverse();
        return chain;
    }
}
