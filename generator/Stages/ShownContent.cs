using Bantin.Compute;
using Bantin.Model;

namespace Bantin.Stages;

/// <summary>
/// The articles and pages this build publishes (drafts only when asked for, nothing dated after the build time), and
/// how many it left out, for the build's closing line.
/// </summary>
public sealed record ShownContent(List<Article> Articles, List<Page> Pages, int DraftsLeftOut, int ScheduledLeftOut)
{
    public static ShownContent Of(IReadOnlyList<Article> allArticles, IReadOnlyList<Page> allPages, BuildOptions options, DateTimeOffset buildTime)
    {
        var articles = allArticles.Where(a => Publishing.IsVisible(a, buildTime, options.IncludeDrafts)).ToList();
        var pages = allPages.Where(p => Publishing.IsVisible(p, options.IncludeDrafts)).ToList();
        if (articles.Count + pages.Count == allArticles.Count + allPages.Count) return new(articles, pages, 0, 0);
        var states = allArticles.Select(a => Publishing.StateOf(a, buildTime)).ToList();
        return new(articles, pages, states.Count(s => s == PublishState.Draft) + allPages.Count(p => p.Draft), states.Count(s => s == PublishState.Scheduled));
    }

    public IEnumerable<ContentItem> Items => Articles.Concat<ContentItem>(Pages);
}
