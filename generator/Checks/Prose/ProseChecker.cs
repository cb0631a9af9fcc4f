using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Checks.Prose;

/// <summary>
/// Reads the figures and claims typed in an article with <c>unit:</c> and <c>period:</c> and compares them with the
/// data: typed figures the data holds, percentages, period words, figures of another period or unit, sums and
/// changes. Every finding is a warning: the editor decides, the build goes on.
/// </summary>
public sealed class ProseChecker(DataSet data, Figures figures)
{
    private readonly ElsewhereIndex _elsewhere = new(data);

    public void Check(Article article, DiagnosticBag bag)
    {
        if (article.Unit is not { } unit || data.Unit(unit) is null || !Period.TryParse(article.Period, out var period, out _)) return;
        var articleData = new ArticleData(data, figures, unit, period);
        var context = new ProseContext(article, articleData, ProseReader.Read(article, articleData), bag);
        TypedFigureRule.Check(context);
        PercentRule.Check(context);
        PeriodRule.Check(context);
        ElsewhereRule.Check(context, _elsewhere);
        SumRule.Check(context);
        ChangeRule.Check(context);
    }
}
