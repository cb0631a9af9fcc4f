namespace Bantin.Render.Views;

public sealed record PagerView(
    int Total,
    int Page,
    int PageCount,
    string Line,
    string? PreviousUrl,
    string? NextUrl,
    IReadOnlyList<LinkView> Pages);
