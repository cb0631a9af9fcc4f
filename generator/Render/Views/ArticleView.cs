namespace Bantin.Render.Views;

/// <summary><c>page</c> in article.html.</summary>
public sealed record ArticleView(
    string Kind,
    string Title,
    string Url,
    string Permalink,
    string Description,
    string DateText,
    string IsoDate,
    string? Author,
    IReadOnlyList<LinkView> Breadcrumb,
    IReadOnlyList<LinkView> Tags,
    string Content,
    string? ImageUrl,
    string? ImagePermalink,
    string JsonLd,
    LinkView? Figures,
    LinkView? Older,
    LinkView? Newer,
    IReadOnlyList<ArticleCardView> SameCategory,
    IReadOnlyList<ArticleCardView> Others,
    BadgeView? Badge);
