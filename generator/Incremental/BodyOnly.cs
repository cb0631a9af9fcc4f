using Bantin.Model;

namespace Bantin.Incremental;

/// <summary>
/// Whether two reads of one file differ in their body alone (the Markdown below the front matter). Such an edit
/// changes no list, link or card title: only the item's own page and, through the lead paragraph, its cards. Every
/// field but the body is compared, so a field added to <see cref="Article"/> or <see cref="Page"/> must be added here
/// (a test fails otherwise).
/// </summary>
public static class BodyOnly
{
    public static bool Differs(object before, object after) => (before, after) switch
    {
        (Article a, Article b) => Same(a, b),
        (Page a, Page b) => Same(a, b),
        _ => false,
    };

    /// <summary>
    /// Whether two reads of one file differ only where a preview rebuild can follow without computing the site
    /// again: the body and, for an article, the text its page and cards print (title, author, summary). No list
    /// orders articles by these, so every list, archive and link stays where it was; the views read them from the
    /// newest read (<see cref="Render.ViewFactory.Reread"/>). A page's title orders the site's page links: not in place.
    /// </summary>
    public static bool InPlace(object before, object after) => (before, after) switch
    {
        (Article a, Article b) => Same(a, b with { Title = a.Title, Author = a.Author, Summary = a.Summary }),
        (Page a, Page b) => Same(a, b),
        _ => false,
    };

    private static bool Same(Article a, Article b) =>
        a.SourcePath == b.SourcePath && a.Title == b.Title && a.Date == b.Date && a.Date.Offset == b.Date.Offset && a.Author == b.Author
        && a.Category.SequenceEqual(b.Category) && a.CategorySpan == b.CategorySpan && a.Tags.SequenceEqual(b.Tags)
        && a.Unit == b.Unit && a.UnitSpan == b.UnitSpan && a.Period == b.Period && a.PeriodSpan == b.PeriodSpan
        && a.Summary == b.Summary && a.Image == b.Image && a.Slug == b.Slug && a.Draft == b.Draft
        && a.Layout == b.Layout && a.LayoutSpan == b.LayoutSpan && a.Url == b.Url;

    private static bool Same(Page a, Page b) =>
        a.SourcePath == b.SourcePath && a.Title == b.Title && a.Summary == b.Summary && a.Slug == b.Slug && a.Draft == b.Draft
        && a.Layout == b.Layout && a.LayoutSpan == b.LayoutSpan && a.Url == b.Url;
}
