using Bantin.Diagnostics;
using Bantin.Formatting;

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
    public string BasePath
    {
        get
        {
            // Parsed once per base URL rather than once per link. The cache remembers its URL, so a copy made
            // with `with { BaseUrl = … }` recomputes instead of reusing a stale path.
            var cached = _basePath;
            if (cached is null || !ReferenceEquals(cached.Url, BaseUrl))
                _basePath = cached = new PathOf(BaseUrl, new Uri(BaseUrl).AbsolutePath);
            return cached.Path;
        }
    }

    /// <summary>
    /// The site folder, absolute, for what rendering reads beside the content (image sizes). Empty for a configuration
    /// made in memory, which then renders images without a size.
    /// </summary>
    public string Root { get; init; } = "";

    /// <summary>
    /// site.yaml <c>figures: { missing: "…" }</c>: what a figure call prints where it has nothing to print (a percentage
    /// without a target), so a sentence still reads: "—" by default, "(chưa có kế hoạch)" if a site prefers.
    /// </summary>
    public string MissingFigure { get; init; } = NumberFormatter.NotReported;

    /// <summary>Paths in the output folder that are the user's (site.yaml <c>keep:</c>), beside the ones always kept.</summary>
    public IReadOnlyList<string> Keep { get; init; } = [];

    /// <summary>site.yaml <c>allow_symlinks_outside</c>: which links may lead out of the site (none by default).</summary>
    public SymlinkPolicy Symlinks { get; init; } = SymlinkPolicy.Default;

    /// <summary>Whether site.yaml gives base_url; without it <see cref="BaseUrl"/> is a stand-in, fit for checks only.</summary>
    public bool HasBaseUrl { get; init; }

    /// <summary>site.yaml <c>web_config: true</c>: write an IIS web.config with the site (<see cref="Render.IisWebConfig"/>).</summary>
    public bool WebConfig { get; init; }

    /// <summary>
    /// site.yaml <c>relative_urls: true</c> (or <c>build --relative</c>): a portable build whose pages work opened from a
    /// folder or a USB stick (file://), links relative and ending in index.html.
    /// </summary>
    public bool RelativeUrls { get; init; }

    private sealed record PathOf(string Url, string Path);

    private PathOf? _basePath;

    public string Permalink(string relativeUrl) => BaseUrl + relativeUrl;

    public string Link(string relativeUrl) => BasePath + relativeUrl;
}
