using Bantin.Model;
using Bantin.Output;
using Bantin.Render;
using Bantin.Render.Data;

namespace Bantin.Stages;

/// <summary>
/// The files beside the pages: files the bodies use, the theme's assets, the feed and the sitemap, the results tables
/// as CSV and JSON downloads, the search index.
/// Five independent groups, written side by side (each group from one thread).
/// </summary>
public static class SiteFileWriter
{
    /// <param name="sitemap">The sitemap's file, UTF-8 (the preview keeps it while no URL or date changed).</param>
    /// <param name="search">Writes the search index (the preview may keep the last one and write it later).</param>
    /// <param name="keepDownload">
    /// Given a download's unit and path, true when the last build's file still holds (the preview knows the unit's
    /// figures did not move): it is kept without being made again. Null: every download is made.
    /// </param>
    public static void Write(string root, SiteConfig site, ShownContent shown, IReadOnlyDictionary<string, RenderedBody> bodies,
        TemplateSet templates, SitePlan plan, ISiteOutput output, Func<byte[]> sitemap, Action<ISiteOutput> search,
        Func<string, string, bool>? keepDownload = null) =>
        Parallel.Invoke(
            () => LocalFiles.Copy(root, shown.Items.Select(item => (item.SourceFolder, item.Url, bodies[item.SourcePath], item.CardImage)), output),
            () => WriteAssets(templates, output),
            () =>
            {
                WriteFeed(site, plan.Index, plan.Views, output);
                if (site.WebConfig) output.WriteText(IisWebConfig.FileName, IisWebConfig.For(site));
                output.WriteBytes("sitemap.xml", sitemap());
            },
            () =>
            {
                Parallel.ForEach(new DataDownloads(plan.DataPages.Data, plan.DataPages).Jobs().ToList(), job =>
                {
                    if (keepDownload?.Invoke(job.Unit, job.Path) == true) output.Keep(job.Path);
                    else output.WriteBytes(job.Path, job.Make());
                });
            },
            () => search(output));

    /// <summary>A portable build (<c>relative_urls</c>) rewrites the links of every page it writes.</summary>
    public static ISiteOutput For(SiteConfig site, ISiteOutput output) =>
        site.RelativeUrls ? new PortableOutput(output, site.BasePath) : output;

    public static void WriteAllSearch(SitePlan plan, ISiteOutput output)
    {
        foreach (var (path, bytes) in plan.Search.Files()) output.WriteBytes(path, bytes);
    }

    public static void WriteFeed(SiteConfig site, Compute.SiteIndex index, ViewFactory views, ISiteOutput output) =>
        output.WriteText("feed.xml", FeedWriter.Rss(site, index.Articles, views.Latest, views.Summary, a => views.Card(a).CategoryName));

    private static void WriteAssets(TemplateSet templates, ISiteOutput output)
    {
        foreach (var asset in templates.Assets)
        {
            var bytes = asset.Read();
            output.WriteBytes(asset.RelativePath, bytes);
            if (asset.RelativePath == FaviconIco.Source && FaviconIco.From(bytes) is { } ico) output.WriteBytes(FaviconIco.FileName, ico);
        }
    }
}
