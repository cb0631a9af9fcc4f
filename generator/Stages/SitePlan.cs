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
    public static SitePlan Make(SiteConfig site, ShownContent shown, IReadOnlyDictionary<string, RenderedBody> bodies, TemplateSet templates,
        DataViewFactory dataViews, DateTimeOffset buildTime, DiagnosticBag bag, BuildClock clock, IClaimMemory? claimed = null)
    {
        var index = SiteIndex.Build(shown.Articles, shown.Pages, site);
        clock.Mark("index");
        var views = new ViewFactory(site, index, bodies, dataViews, buildTime);
        var dataPages = new DataPages(site, dataViews, views, index);
        var search = new SearchSite(site, index, views, bodies, dataViews.Data);
        var jobs = PagePlan.Create(site, index, views, dataPages, buildTime, search);
        var claims = new List<(string Url, SourceSpan Owner)>(jobs.Count + shown.Articles.Count + shown.Pages.Count + templates.Assets.Count);
        foreach (var job in jobs) claims.Add((job.Url, job.Owner));
        claims.AddRange(CopiedFiles(shown, bodies, templates, claimed));
        Claim(claims, bag, claimed);
        return new SitePlan(index, views, dataPages, search, jobs);
    }

    private static void Claim(List<(string Url, SourceSpan Owner)> claims, DiagnosticBag bag, IClaimMemory? claimed)
    {
        if (claimed?.SameAndClean(claims) == true) return;
        var registry = new UrlRegistry();
        var clean = true;
        foreach (var (url, owner) in claims) clean &= registry.Claim(url, owner, bag);
        claimed?.Remember(claims, clean);
    }

    /// <summary>The files copied into the output beside the pages (images, theme assets), each with who brings it.</summary>
    private static IEnumerable<(string Url, SourceSpan Owner)> CopiedFiles(ShownContent shown, IReadOnlyDictionary<string, RenderedBody> bodies,
        TemplateSet templates, IClaimMemory? claimed)
    {
        foreach (var item in shown.Items)
            if (bodies.TryGetValue(item.SourcePath, out var body))
                foreach (var claim in claimed?.Copied(item.SourcePath, item.Url, body, item.CardImage, () => CopiedBy(item, body)) ?? CopiedBy(item, body))
                    yield return claim;
        foreach (var asset in templates.Assets)
            yield return (asset.RelativePath, SourceSpan.FileOnly("templates/" + asset.RelativePath));
    }

    private static List<(string Url, SourceSpan Owner)> CopiedBy(ContentItem item, RenderedBody body)
    {
        var claims = new List<(string Url, SourceSpan Owner)>();
        foreach (var file in LocalFiles.Used(body, item.CardImage))
            // "./a.png" or "../a.png" is checked where the file is read; only plain names can collide by case.
            if (UrlRegistry.Problem(item.Url + file) == PathProblem.None) claims.Add((item.Url + file, SourceSpan.FileOnly(item.SourcePath)));
        return claims;
    }

    public PageJob SearchJob => Jobs.First(job => job.Url == Search.Url);
}
