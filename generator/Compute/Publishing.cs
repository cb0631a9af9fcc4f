using Bantin.Model;

namespace Bantin.Compute;

/// <summary>Which items readers see: drafts and articles dated after the build time wait unless drafts are asked for.</summary>
public static class Publishing
{
    public static bool IsVisible(Article article, DateTimeOffset buildTime, bool includeDrafts) =>
        includeDrafts || (!article.Draft && article.Date <= buildTime);

    public static bool IsVisible(Page page, bool includeDrafts) => includeDrafts || !page.Draft;
}
