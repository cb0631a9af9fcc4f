using Bantin.Compute;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Render;
using Bantin.Render.Data;
using Bantin.Render.Search;

namespace Bantin.Stages;

/// <summary>
/// What the pages are drawn from: the site's index (categories, tags, archives), the view factories, and the plan of
/// every page with its URL and template. Two pages never claim one URL.
/// </summary>
public sealed record SitePlan(SiteIndex Index, ViewFactory Views, DataPages DataPages, SearchSite Search, IReadOnlyList<PageJob> Jobs)
{
    public static SitePlan Make(SiteConfig site, ShownContent shown, IReadOnlyDictionary<string, RenderedBody> bodies,
        DataViewFactory dataViews, DateTimeOffset buildTime, DiagnosticBag bag, BuildClock clock)
    {
        var index = SiteIndex.Build(shown.Articles, shown.Pages, site);
        clock.Mark("index");
        var views = new ViewFactory(site, index, bodies, dataViews, buildTime);
        var dataPages = new DataPages(site, dataViews, views, index);
        var search = new SearchSite(site, index, views, bodies, dataViews.Data);
        var jobs = PagePlan.Create(site, index, views, dataPages, buildTime, search);
        var registry = new UrlRegistry();
        foreach (var job in jobs) registry.Claim(job.Url, job.Owner, bag);
        return new SitePlan(index, views, dataPages, search, jobs);
    }

    public PageJob SearchJob => Jobs.First(job => job.Url == Search.Url);
}
