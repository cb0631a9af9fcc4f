namespace Bantin.Render.Views;

/// <summary>An article in a list: home, category, tag, archive, related.</summary>
public sealed record ArticleCardView(
    string Title,
    string Url,
    string DateText,
    string ShortDate,
    string IsoDate,
    string Summary,
    string? ImageUrl,
    string? CategoryName,
    string? CategoryUrl,
    BadgeView? Badge);
