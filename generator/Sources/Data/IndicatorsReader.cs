using Bantin.Diagnostics;
using Bantin.Model.Data;

namespace Bantin.Sources.Data;

/// <summary>Reads data/indicators.yaml.</summary>
internal static class IndicatorsReader
{
    public const string File = "data/indicators.yaml";
    private static readonly string[] Known = ["id", "name", "measure", "kind", "breakdown"];
    private static readonly string[] Kinds = ["flow", "stock", "ratio", "rate"];

    /// <summary>The valid indicators in file order.</summary>
    /// <param name="broken">
    /// Ids of indicators that are written but wrong (no kind, no measure …). They are reported here once;
    /// values given for them are skipped quietly instead of each being called an unknown indicator.
    /// </param>
    public static IReadOnlyList<Indicator> Read(SiteFiles files, DiagnosticBag bag, out IReadOnlySet<string> broken)
    {
        var indicators = new List<Indicator>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var bad = new HashSet<string>(StringComparer.Ordinal);
        var folded = new Dictionary<string, (string Id, SourceSpan Span)>(StringComparer.OrdinalIgnoreCase);
        foreach (var map in DataFile.Items(files, File, "id: doan-vien-moi", bag))
        {
            map.WarnUnknownKeys(Known, bag);
            if (map.Scalar("id", bag) is not { Text.Length: > 0 } id)
            {
                bag.Error(DataFile.Start(map), bag.Messages.MissingField("id", "doan-vien-moi"));
                continue;
            }
            if (seen.TryGetValue(id.Text, out var first))
            {
                bag.Error(id.Span, bag.Messages.DuplicateIndicator(id.Text, first.ToString()));
                continue;
            }
            seen[id.Text] = id.Span;
            if (!IdChecks.Safe("indicator", id, nested: false, folded, bag))
            {
                // Values given for it are then skipped quietly, as for any other broken indicator.
                bad.Add(id.Text);
                continue;
            }

            var ok = true;
            var name = map.Scalar("name", bag);
            if (name is not { Text.Length: > 0 })
            {
                bag.Error(DataFile.Start(map), bag.Messages.MissingField("name", "Phát triển đoàn viên mới"));
                ok = false;
            }
            var measure = map.Scalar("measure", bag);
            if (measure is not { Text.Length: > 0 })
            {
                bag.Error(DataFile.Start(map), bag.Messages.MissingField("measure", "đoàn viên"));
                ok = false;
            }
            var kind = Kind(map, bag);
            var breakdown = map.Scalar("breakdown", bag) is { Text.Length: > 0 } b ? b.Text : null;
            if (ok && kind is { } k)
                indicators.Add(new Indicator(id.Text, name!.Value.Text, measure!.Value.Text, k, breakdown, id.Span));
            else
                bad.Add(id.Text);
        }
        broken = bad;
        return indicators;
    }

    private static IndicatorKind? Kind(YamlMap map, DiagnosticBag bag)
    {
        if (map.Scalar("kind", bag) is not { Text.Length: > 0 } kind)
        {
            bag.Error(DataFile.Start(map), bag.Messages.MissingField("kind", "flow"));
            return null;
        }
        switch (kind.Text.ToLowerInvariant())
        {
            case "flow": return IndicatorKind.Flow;
            case "stock": return IndicatorKind.Stock;
            case "ratio": return IndicatorKind.Ratio;
            case "rate": return IndicatorKind.Rate;
            default:
                bag.Error(kind.Span, bag.Messages.UnknownKind(kind.Text, Suggest.Nearest(kind.Text, Kinds)));
                return null;
        }
    }
}
