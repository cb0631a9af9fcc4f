using Bantin.Model;

namespace Bantin.Compute;

/// <summary>Which items readers see: drafts and articles dated after the build time wait unless drafts are asked for.</summary>
public static class Publishing
{
    public static bool IsVisible(Article article, DateTimeOffset buildTime, bool includeDrafts) =>
        includeDrafts || (!article.Draft && article.Date <= buildTime);

    public static bool IsVisible(Page page, bool includeDrafts) => includeDrafts || !page.Draft;

    /// <summary>A draft stays a draft whatever its date; a finished article dated after the build time is scheduled.</summary>
    public static PublishState StateOf(Article article, DateTimeOffset buildTime) =>
        article.Draft ? PublishState.Draft : article.Date > buildTime ? PublishState.Scheduled : PublishState.Published;
}
