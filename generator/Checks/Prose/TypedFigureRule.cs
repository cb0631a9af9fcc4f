namespace Bantin.Checks.Prose;

/// <summary>
/// A number typed in the body that the data holds for the article's unit and period — given, rolled up from the
/// districts or months: typed figures drift from the data, figure calls do not. A part of a breakdown typed to
/// explain a total ("117 chăn ấm, 235 áo ấm") is left to the sum checks.
/// </summary>
public static class TypedFigureRule
{
    public static void Check(ProseContext context)
    {
        foreach (var line in context.Lines.Where(l => !l.IsTitle))
        foreach (var figure in line.Figures.Where(f => f.IsTyped && f.Bound == ProseBound.Exact && f.Matches.Any(m => m.By is null)))
        {
            var matches = figure.Matches.Where(m => m.By is null).DistinctBy(m => m.Indicator).ToList();
            // Several indicators may hold the same number: name them all, the editor knows which is meant.
            var ids = string.Join(", ", matches.Select(m => m.Indicator));
            var calls = string.Join(" / ", matches.Select(m => ProseContext.ValueCall(m, context.Data)));
            context.Warn(line, figure.Index, context.Messages.TypedFigure(figure.Text, ids, calls));
        }
    }
}
