namespace Bantin.Render.Views;

/// <summary>What every template sees as <c>site</c>.</summary>
public sealed record SiteView(
    string Title,
    string Tagline,
    string BaseUrl,
    string BasePath,
    string Language,
    string Locale,
    IReadOnlyList<LinkView> Nav,
    IReadOnlyList<LinkView> Pages,
    string FeedUrl,
    string TagsUrl,
    string SearchUrl,
    string AssetsUrl,
    int CopyrightYear);
