namespace Bantin.Render.Views;

/// <summary>An article in a list: home, category, tag, archive, related.</summary>
/// <param name="ImageWidth">The local image's pixel size (with <paramref name="ImageHeight"/>), or null when unknown or remote.</param>
public sealed record ArticleCardView(
    string Title,
    string Url,
    string DateText,
    string ShortDate,
    string IsoDate,
    string Summary,
    string? ImageUrl,
    int? ImageWidth,
    int? ImageHeight,
    string? CategoryName,
    string? CategoryUrl,
    BadgeView? Badge);
