using System.Reflection;
using Bantin.Model;

namespace Bantin.Incremental;

/// <summary>
/// Whether two reads of one file differ in their body alone (the Markdown below the front matter). Such an edit
/// changes no list, link or card title: only the item's own page and, through the lead paragraph, its cards. Every
/// property but the body is compared, found by reflection: a field added to <see cref="Article"/>, <see cref="Page"/>
/// or <see cref="ContentItem"/> counts as a change without being listed here (the tests change each one in turn).
/// </summary>
public static class BodyOnly
{
    private static readonly string[] Body = [nameof(ContentItem.Body), nameof(ContentItem.BodyFirstLine)];

    // Printed by an article's page and cards, used by no list's order or membership.
    private static readonly string[] ArticleText = [nameof(Article.Title), nameof(Article.Author), nameof(Article.Summary)];

    private static readonly PropertyInfo[] ArticleFields = Compared(typeof(Article), Body);
    private static readonly PropertyInfo[] ArticleFrame = Compared(typeof(Article), [.. Body, .. ArticleText]);
    private static readonly PropertyInfo[] PageFields = Compared(typeof(Page), Body);

    public static bool Differs(ContentItem before, ContentItem after) => (before, after) switch
    {
        (Article a, Article b) => Same(a, b, ArticleFields),
        (Page a, Page b) => Same(a, b, PageFields),
        _ => false,
    };

    /// <summary>
    /// Whether two reads of one file differ only where a preview rebuild can follow without computing the site
    /// again: the body and, for an article, the text its page and cards print (title, author, summary). No list
    /// orders articles by these, so every list, archive and link stays where it was; the views read them from the
    /// newest read (<see cref="Render.ViewFactory.Reread"/>). A page's title orders the site's page links: not in place.
    /// </summary>
    public static bool InPlace(ContentItem before, ContentItem after) => (before, after) switch
    {
        (Article a, Article b) => Same(a, b, ArticleFrame),
        (Page a, Page b) => Same(a, b, PageFields),
        _ => false,
    };

    private static PropertyInfo[] Compared(Type type, string[] except) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && !except.Contains(p.Name))
            .ToArray();

    private static bool Same(ContentItem a, ContentItem b, PropertyInfo[] fields)
    {
        foreach (var field in fields)
            if (!SameValue(field.GetValue(a), field.GetValue(b))) return false;
        return true;
    }

    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        // The offset is printed with the date: 08:00+07 and 01:00Z are one instant but not one front matter.
        (DateTimeOffset x, DateTimeOffset y) => x.EqualsExact(y),
        (IEnumerable<string> x, IEnumerable<string> y) when a is not string => x.SequenceEqual(y),
        _ => Equals(a, b),
    };
}
