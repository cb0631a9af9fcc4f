namespace Bantin.Model;

/// <summary>site.yaml, checked and resolved.</summary>
public sealed record SiteConfig(
    string Title,
    string Tagline,
    string BaseUrl,
    Language Language,
    TimeZoneInfo TimeZone,
    int PageSize,
    string? HomeUnit,
    UrlScheme Urls)
{
    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/': links are built on it so the site works from a sub-path.</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath;

    public string Permalink(string relativeUrl) => BaseUrl + relativeUrl;

    public string Link(string relativeUrl) => BasePath + relativeUrl;
}
