namespace Bantin.Render.Views;

/// <summary><c>page</c> in home.html and list.html (category, tag, month and year archives).</summary>
public sealed record ListView(
    string Kind,
    string Title,
    string Url,
    string Permalink,
    string Description,
    IReadOnlyList<LinkView> Breadcrumb,
    IReadOnlyList<ArticleCardView> Items,
    PagerView Pager,
    IReadOnlyList<LinkView> Children,
    IReadOnlyList<Data.HeadlineView> Headlines);
