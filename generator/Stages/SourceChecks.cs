using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Render;
using Bantin.Sources;

namespace Bantin.Stages;

/// <summary>What the content names must exist: a layout among the templates, a unit and a period in the data.</summary>
public static class SourceChecks
{
    public static void Run(SiteConfig site, ShownContent shown, TemplateSet templates, DataSet data, DiagnosticBag bag)
    {
        CheckLayouts(shown.Items, templates, bag);
        CheckDataReferences(site, shown.Articles, data, bag);
    }

    private static void CheckLayouts(IEnumerable<ContentItem> items, TemplateSet templates, DiagnosticBag bag)
    {
        foreach (var item in items)
        {
            if (item.Layout is not { } layout || templates.Has(layout + ".html")) continue;
            bag.Error(item.LayoutSpan, bag.Messages.UnknownLayout(layout, Suggest.Nearest(layout, templates.LayoutNames)));
        }
    }

    /// <summary>An article's unit and period must exist: they default every figure call and link to the results page.</summary>
    private static void CheckDataReferences(SiteConfig site, IEnumerable<Article> articles, DataSet data, DiagnosticBag bag)
    {
        foreach (var article in articles)
        {
            if (article.Unit is { } unit && data.Unit(unit) is null)
                bag.Error(article.UnitSpan, bag.Messages.UnknownUnit(unit, Suggest.Nearest(unit, data.Units.Select(u => u.Id))));
            if (article.Period is { } period && !Period.TryParse(period, out _, out var error))
                bag.Error(article.PeriodSpan, bag.Messages.BadPeriod(period, error, null));
        }
        if (site.HomeUnit is { } home && data.Units.Count > 0 && data.Unit(home) is null)
            bag.Error(SourceSpan.FileOnly(SiteConfigReader.FileName), bag.Messages.UnknownUnit(home, Suggest.Nearest(home, data.Units.Select(u => u.Id))));
    }
}
