using System.Globalization;
using System.Text.RegularExpressions;
using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Checks;

/// <summary>
/// Finds numbers an editor typed into an article that the data already holds for the article's unit and period:
/// typed figures drift from the data, figure calls do not.
/// </summary>
public static partial class TypedFigureChecker
{
    public static void Check(Article article, DataSet data, Figures figures, DiagnosticBag bag)
    {
        if (article.Unit is not { } unit || data.Unit(unit) is null || !Period.TryParse(article.Period, out var period, out _)) return;
        // A rate is typed with its % sign ("thu KPCĐ đạt 106,4%"); other figures without one.
        var known = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var id in figures.IndicatorIds(unit, period))
        {
            if (figures.Get(unit, id, period) is not { } figure || data.Indicator(id) is not { } indicator) continue;
            var key = indicator.Kind == IndicatorKind.Ratio && figure.Of is { } of ? $"{Canonical(figure.Value)}/{Canonical(of)}" : Canonical(figure.Value);
            if (indicator.Kind == IndicatorKind.Rate) key += "%";
            (known.TryGetValue(key, out var ids) ? ids : known[key] = []).Add(id);
        }
        if (known.Count == 0) return;

        var lines = article.Body.Split('\n');
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            if (fenced) continue;
            // Blank out figure calls but keep columns, so positions stay those of the file.
            line = FigureCall().Replace(line, m => new string(' ', m.Length));
            foreach (Match m in Number().Matches(line))
            {
                var key = m.Groups["of"].Success ? $"{Read(m.Groups["n"].Value)}/{Read(m.Groups["of"].Value)}" : Read(m.Groups["n"].Value);
                if (key is not null && m.Groups["pct"].Success) key += "%";
                if (key is null || !known.TryGetValue(key, out var candidates)) continue;
                // Several indicators may hold the same small number: name them all, the editor knows which is meant.
                var call = string.Join(" / ", candidates.Select(id => $"{{{{ value \"{id}\" }}}}"));
                bag.Warning(new SourceSpan(article.SourcePath, article.BodyFirstLine + i, m.Index + 1),
                    bag.Messages.TypedFigure(m.Value, string.Join(", ", candidates), call));
            }
        }
    }

    private static string Canonical(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>"1.738" → 1738, "90,74" → 90.74, "03" → 3, as a bulletin writes them.</summary>
    private static string? Read(string text) =>
        decimal.TryParse(text.Replace(".", "").Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? Canonical(value)
            : null;

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex FigureCall();

    // A whole number token, not part of a word, a date (27/04/2019), a document number (04-NQ) or a decimal.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,/\-])(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:/(?<of>\d{1,3}(?:\.\d{3})+|\d+))?(?<pct>\s?%)?(?![\p{L}\p{N}/\-]|[.,]\d)")]
    private static partial Regex Number();
}
