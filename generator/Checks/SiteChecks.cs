using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Render;
using Bantin.Render.Data;

namespace Bantin.Checks;

/// <summary>What <c>check</c> adds to a build's own validation, run on the pages rendered in memory.</summary>
public static class SiteChecks
{
    public static void Run(
        SiteConfig site,
        IReadOnlyList<Article> articles,
        IReadOnlyList<Page> pages,
        IReadOnlyDictionary<string, RenderedBody> bodies,
        TemplateSet templates,
        IReadOnlyDictionary<string, string> rendered,
        DataViewFactory dataViews,
        DataPages dataPages,
        DiagnosticBag bag)
    {
        var files = new HashSet<string>(StringComparer.Ordinal) { "feed.xml", "sitemap.xml" };
        foreach (var asset in templates.Assets) files.Add(asset.RelativePath);
        var shown = new Dictionary<string, (string, RenderedBody)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var body = bodies[article.SourcePath];
            shown[article.Url] = (article.SourcePath, body);
            foreach (var file in body.LocalFiles) files.Add(article.Url + file.RelativePath);
            if (article.Image is { } image && MarkdownRenderer.IsLocal(image)) files.Add(article.Url + image);
        }
        foreach (var page in pages)
        {
            var body = bodies[page.SourcePath];
            shown[page.Url] = (page.SourcePath, body);
            foreach (var file in body.LocalFiles) files.Add(page.Url + file.RelativePath);
        }

        files.UnionWith(dataPages.DownloadPaths());
        new LinkChecker(site, rendered, files).Check(shown, bag);

        foreach (var (source, body) in shown.Values)
        foreach (var image in body.Links.Where(l => l.IsImage && string.IsNullOrWhiteSpace(l.AltText)))
            bag.Warning(new Diagnostics.SourceSpan(source, image.Line, image.Column), bag.Messages.ImageWithoutAlt(image.Url));

        var data = dataViews.Data;
        UnnamedParts(data, bag);
        var proseChecker = new Prose.ProseChecker(dataViews);
        foreach (var article in articles)
        {
            if (article.Unit is { } unit && data.Unit(unit) is not null && Period.TryParse(article.Period, out var period, out _)
                && !dataPages.Periods(unit).Contains(period))
                bag.Warning(article.PeriodSpan, bag.Messages.NoResultsForArticle(unit, period.ToString()));
            proseChecker.Check(article, bag);
        }
    }

    // A breakdown without parts: still builds (sites written before parts existed), but pages print the raw keys
    // ("sua-chua: 4"); check says so once per indicator, listing the keys to name.
    private static void UnnamedParts(DataSet data, DiagnosticBag bag)
    {
        foreach (var indicator in data.Indicators.Where(i => i.Breakdown is not null && !i.Parts.Declared))
        {
            var keys = data.Results.Where(r => r.IndicatorId == indicator.Id).SelectMany(r => r.Amount.By.Select(p => p.Key))
                .Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count > 0) bag.Warning(indicator.Span, bag.Messages.UnnamedParts(indicator.Id, keys));
        }
    }
}
