using Bantin.Compute;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Render.Views;

namespace Bantin.Render;

/// <summary>Every HTML page of the site, in a fixed order: the one list that rendering, the URL check and the sitemap share.</summary>
public static class PagePlan
{
    public static IReadOnlyList<PageJob> Create(SiteConfig site, SiteIndex index, ViewFactory views, Data.DataPages dataPages, DateTimeOffset buildTime,
        Search.SearchSite search)
    {
        var t = UiStrings.For(site.Language);
        var siteYaml = SourceSpan.FileOnly(Sources.SiteConfigReader.FileName);
        // The article pages' inputs (links around each article) are the longest part of the plan: planned on a second
        // thread while this one plans the lists and the data pages, and put back in their place in the order.
        var content = Task.Run(() => Content(index, views, buildTime).ToList());
        var jobs = new List<PageJob>();
        foreach (var slice in Pagination.Split(index.Articles, site.PageSize, UrlScheme.Home))
            jobs.Add(new PageJob(slice.Url, "home.html",
                () => views.List("home", t.Latest, site.Tagline, slice, [], [], slice.Number == 1 ? views.Headlines() : []), siteYaml, null,
                Shows(slice, slice.Number == 1 && site.HomeUnit is { } home ? DataUse.Of(home) : DataUse.None)));
        var lists = new List<PageJob>();
        lists.AddRange(Categories(site, index, views));
        lists.AddRange(Tags(site, index, views, t, siteYaml));
        lists.AddRange(Archives(site, index, views));
        lists.AddRange(dataPages.Jobs());
        lists.Add(search.Job(index));
        var articles = content.GetAwaiter().GetResult();
        jobs.Capacity = jobs.Count + articles.Count + lists.Count;
        jobs.AddRange(articles);
        jobs.AddRange(lists);
        return jobs;
    }

    private static IEnumerable<PageJob> Content(SiteIndex index, ViewFactory views, DateTimeOffset buildTime)
    {
        for (var i = 0; i < index.Articles.Count; i++)
        {
            var position = i;
            var article = index.Articles[i];
            var template = article.Layout is null ? "article.html" : article.Layout + ".html";
            yield return new PageJob(article.Url, template, () => views.Article(position), new SourceSpan(article.SourcePath, 1, 1), article.Date,
                ArticleInputs(index, position, buildTime, views));
        }
        foreach (var page in index.Pages)
        {
            var template = page.Layout is null ? "page.html" : page.Layout + ".html";
            yield return new PageJob(page.Url, template, () => views.Page(page), new SourceSpan(page.SourcePath, 1, 1), null, new PageInputs([page], DataUse.None, "", [page]));
        }
    }

    private static IEnumerable<PageJob> Categories(SiteConfig site, SiteIndex index, ViewFactory views)
    {
        foreach (var category in index.Categories.All.OrderBy(c => c.Url, StringComparer.Ordinal))
        {
            var trail = category.Trail().Select(c => new LinkView(c.Name, site.Link(c.Url), c == category)).ToList();
            var children = category.Children.Select(c => new LinkView(c.Name, site.Link(c.Url))).ToList();
            var owner = Owner(category.Articles);
            foreach (var slice in Pagination.Split(category.Articles, site.PageSize, category.Url))
                yield return new PageJob(slice.Url, "list.html", () => views.List("category", category.Name, "", slice, trail, children), owner, null, Shows(slice));
        }
    }

    private static IEnumerable<PageJob> Tags(SiteConfig site, SiteIndex index, ViewFactory views, UiStrings t, SourceSpan siteYaml)
    {
        if (index.Tags.Count > 0 || index.Articles.Count > 0)
            yield return new PageJob(site.Urls.TagIndex, "tags.html", views.TagIndexPage, siteYaml, null,
                new PageInputs([], DataUse.None, string.Join(',', index.Tags.Select(tag => tag.Articles.Count))));
        foreach (var tag in index.Tags)
        {
            var title = $"{t.TagTitle}: {tag.Name}";
            var crumb = new List<LinkView> { new(t.AllTags, site.Link(site.Urls.TagIndex)) };
            var owner = Owner(tag.Articles);
            foreach (var slice in Pagination.Split(tag.Articles, site.PageSize, tag.Url))
                yield return new PageJob(slice.Url, "list.html", () => views.List("tag", title, "", slice, crumb, []), owner, null, Shows(slice));
        }
    }

    private static IEnumerable<PageJob> Archives(SiteConfig site, SiteIndex index, ViewFactory views)
    {
        foreach (var year in index.Archives.Years)
        {
            var months = index.Archives.Months.Where(m => m.Year == year.Year)
                .Select(m => new LinkView(DateText.Month(m.Year, m.Month!.Value, site.Language), site.Link(m.Url))).ToList();
            var title = DateText.Year(year.Year, site.Language);
            var owner = Owner(year.Articles);
            foreach (var slice in Pagination.Split(year.Articles, site.PageSize, year.Url))
                yield return new PageJob(slice.Url, "list.html", () => views.List("year", title, "", slice, [], months), owner, null, Shows(slice));
        }
        foreach (var month in index.Archives.Months)
        {
            var title = DateText.Month(month.Year, month.Month!.Value, site.Language);
            var crumb = new List<LinkView> { new(DateText.Year(month.Year, site.Language), site.Link(UrlScheme.ForYear(month.Year))) };
            var owner = Owner(month.Articles);
            foreach (var slice in Pagination.Split(month.Articles, site.PageSize, month.Url))
                yield return new PageJob(slice.Url, "list.html", () => views.List("month", title, "", slice, crumb, []), owner, null, Shows(slice));
        }
    }

    /// <summary>A list page shows its slice of cards and a pager made from the list's total.</summary>
    private static PageInputs Shows(PageSlice<Article> slice, DataUse? data = null) =>
        new(slice.Items, data ?? DataUse.None, $"{slice.Total}/{slice.PageCount}");

    /// <summary>
    /// An article page shows itself, the links and cards around it (mirrors <see cref="ViewFactory.Article"/>), its
    /// badge, and, when it reports on a unit, a link that exists only if the data has that period. Its figures are
    /// in its body, whose version follows the body's HTML: the link is all it shows of the data besides, so a data
    /// edit that leaves the body's HTML and the link as they were leaves the page as it was.
    /// </summary>
    private static PageInputs ArticleInputs(SiteIndex index, int position, DateTimeOffset buildTime, ViewFactory views)
    {
        var article = index.Articles[position];
        index.Categories.OfArticle.TryGetValue(article, out var category);
        var around = Neighbours.For(position, index.Articles, category);
        var items = new List<object> { article };
        if (around.Older is { } older) items.Add(older);
        items.Add(PageInputs.Gap);
        if (around.Newer is { } newer) items.Add(newer);
        items.AddRange(around.SameCategory);
        items.Add(PageInputs.Gap);
        items.AddRange(around.Others);
        var state = Publishing.StateOf(article, buildTime).ToString();
        return new PageInputs(items, DataUse.None, views.FiguresLink(article) is { } link ? $"{state}|{link.Title}|{link.Url}" : state, [article]);
    }

    /// <summary>A list page is blamed on the first article that made it exist.</summary>
    private static SourceSpan Owner(IReadOnlyList<Article> articles) =>
        articles.Count == 0 ? SourceSpan.FileOnly("content") : new SourceSpan(articles.MinBy(a => a.SourcePath, StringComparer.Ordinal)!.SourcePath, 1, 1);
}
