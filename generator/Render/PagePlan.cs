using Bantin.Compute;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Render.Views;

namespace Bantin.Render;

/// <summary>Every HTML page of the site, in a fixed order: the one list that rendering, the URL check and the sitemap share.</summary>
public static class PagePlan
{
    public static IReadOnlyList<PageJob> Create(SiteConfig site, SiteIndex index, ViewFactory views, Data.DataPages dataPages, Search.SearchSite search)
    {
        var t = UiStrings.For(site.Language);
        var jobs = new List<PageJob>();
        var siteYaml = SourceSpan.FileOnly(Sources.SiteConfigReader.FileName);

        foreach (var slice in Pagination.Split(index.Articles, site.PageSize, UrlScheme.Home))
            jobs.Add(new PageJob(slice.Url, "home.html",
                () => views.List("home", t.Latest, site.Tagline, slice, [], [], slice.Number == 1 ? views.Headlines() : []), siteYaml, null));

        for (var i = 0; i < index.Articles.Count; i++)
        {
            var position = i;
            var article = index.Articles[i];
            var template = article.Layout is null ? "article.html" : article.Layout + ".html";
            jobs.Add(new PageJob(article.Url, template, () => views.Article(position), new SourceSpan(article.SourcePath, 1, 1), article.Date));
        }

        foreach (var page in index.Pages)
        {
            var template = page.Layout is null ? "page.html" : page.Layout + ".html";
            jobs.Add(new PageJob(page.Url, template, () => views.Page(page), new SourceSpan(page.SourcePath, 1, 1), null));
        }

        foreach (var category in index.Categories.All.OrderBy(c => c.Url, StringComparer.Ordinal))
        {
            var trail = category.Trail().Select(c => new LinkView(c.Name, site.Link(c.Url), c == category)).ToList();
            var children = category.Children.Select(c => new LinkView(c.Name, site.Link(c.Url))).ToList();
            foreach (var slice in Pagination.Split(category.Articles, site.PageSize, category.Url))
                jobs.Add(new PageJob(slice.Url, "list.html",
                    () => views.List("category", category.Name, "", slice, trail, children),
                    Owner(category.Articles), null));
        }

        if (index.Tags.Count > 0 || index.Articles.Count > 0)
            jobs.Add(new PageJob(site.Urls.TagIndex, "tags.html", views.TagIndexPage, siteYaml, null));
        foreach (var tag in index.Tags)
        {
            var title = $"{t.TagTitle}: {tag.Name}";
            var crumb = new List<LinkView> { new(t.AllTags, site.Link(site.Urls.TagIndex)) };
            foreach (var slice in Pagination.Split(tag.Articles, site.PageSize, tag.Url))
                jobs.Add(new PageJob(slice.Url, "list.html", () => views.List("tag", title, "", slice, crumb, []), Owner(tag.Articles), null));
        }

        foreach (var year in index.Archives.Years)
        {
            var months = index.Archives.Months.Where(m => m.Year == year.Year)
                .Select(m => new LinkView(DateText.Month(m.Year, m.Month!.Value, site.Language), site.Link(m.Url))).ToList();
            var title = DateText.Year(year.Year, site.Language);
            foreach (var slice in Pagination.Split(year.Articles, site.PageSize, year.Url))
                jobs.Add(new PageJob(slice.Url, "list.html", () => views.List("year", title, "", slice, [], months), Owner(year.Articles), null));
        }
        foreach (var month in index.Archives.Months)
        {
            var title = DateText.Month(month.Year, month.Month!.Value, site.Language);
            var crumb = new List<LinkView> { new(DateText.Year(month.Year, site.Language), site.Link(UrlScheme.ForYear(month.Year))) };
            foreach (var slice in Pagination.Split(month.Articles, site.PageSize, month.Url))
                jobs.Add(new PageJob(slice.Url, "list.html", () => views.List("month", title, "", slice, crumb, []), Owner(month.Articles), null));
        }
        jobs.AddRange(dataPages.Jobs());
        jobs.Add(search.Job());
        return jobs;
    }

    /// <summary>A list page is blamed on the first article that made it exist.</summary>
    private static SourceSpan Owner(IReadOnlyList<Article> articles) =>
        articles.Count == 0 ? SourceSpan.FileOnly("content") : new SourceSpan(articles.MinBy(a => a.SourcePath, StringComparer.Ordinal)!.SourcePath, 1, 1);
}
