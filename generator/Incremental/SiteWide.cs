using System.Text;
using Bantin.Compute;
using Bantin.Render.Views;

namespace Bantin.Incremental;

/// <summary>
/// Describes the parts of the site that any page may show (header navigation, category names and trails, tag
/// names, archive months, the templates): when the description changes, every page is drawn again.
/// </summary>
public static class SiteWide
{
    public static string Describe(SiteView site, SiteIndex index, long templatesVersion)
    {
        var text = new StringBuilder();
        text.Append(templatesVersion).Append('\n');
        text.Append(site with { Nav = [], Pages = [] }).Append('\n');
        foreach (var link in site.Nav) text.Append(link).Append('\n');
        foreach (var link in site.Pages) text.Append(link).Append('\n');
        foreach (var category in index.Categories.All)
        {
            text.Append(category.Url).Append('\t').Append(category.Name).Append('\t').Append(category.Parent?.Url);
            foreach (var child in category.Children) text.Append('\t').Append(child.Url);
            text.Append('\n');
        }
        foreach (var tag in index.Tags) text.Append(tag.Slug).Append('\t').Append(tag.Name).Append('\t').Append(tag.Url).Append('\n');
        foreach (var year in index.Archives.Years) text.Append(year.Url).Append('\n');
        foreach (var month in index.Archives.Months) text.Append(month.Url).Append('\n');
        return text.ToString();
    }
}
