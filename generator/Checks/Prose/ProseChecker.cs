using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Render.Data;

namespace Bantin.Checks.Prose;

/// <summary>
/// Reads the figures and claims typed in an article with <c>unit:</c> and <c>period:</c> and compares them with the
/// data: typed figures the data holds, percentages, period words, figures of another period or unit, sums and
/// changes. Every finding is a warning: the editor decides, the build goes on. An article is compared with the
/// figures as they stood on its date (<see cref="DataViewFactory.ForArticle"/>), which is what it prints: a figure
/// corrected since was right when typed, and a figure that only the correction made right was wrong that day.
/// </summary>
public sealed class ProseChecker(DataViewFactory views)
{
    // One index per state of the data (the current one, and one per correction date an article predates). Concurrent:
    // the preview checks the pages asked for in parallel with one checker, kept while the data stays the same.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DataSet, Lazy<ElsewhereIndex>> _elsewhere = new(ReferenceEqualityComparer.Instance);

    public void Check(Article article, DiagnosticBag bag)
    {
        var view = views.ForArticle(views.Day(article.Date));
        var data = view.Data;
        if (article.Unit is not { } unit || data.Unit(unit) is null || !Period.TryParse(article.Period, out var period, out _)) return;
        var articleData = new ArticleData(data, view.Figures, unit, period);
        var context = new ProseContext(article, articleData, ProseReader.Read(article, articleData), bag);
        TypedFigureRule.Check(context);
        PercentRule.Check(context);
        PeriodRule.Check(context);
        ElsewhereRule.Check(context, Elsewhere(data));
        SumRule.Check(context);
        ChangeRule.Check(context);
    }

    private ElsewhereIndex Elsewhere(DataSet data) => _elsewhere.GetOrAdd(data, d => new Lazy<ElsewhereIndex>(() => new ElsewhereIndex(d))).Value;

    /// <summary>The figures this checker reads: a checker may be kept for as long as they are the same object.</summary>
    public DataViewFactory Views => views;
}
