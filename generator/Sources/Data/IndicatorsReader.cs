using Bantin.Diagnostics;
using Bantin.Model.Data;

namespace Bantin.Sources.Data;

/// <summary>Reads data/indicators.yaml.</summary>
internal static class IndicatorsReader
{
    public const string File = "data/indicators.yaml";
    private static readonly string[] Known = ["id", "name", "measure", "kind", "breakdown", "parts"];
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
            var parts = Parts(map, id.Text, breakdown, bag);
            if (ok && kind is { } k)
                indicators.Add(new Indicator(id.Text, name!.Value.Text, measure!.Value.Text, k, breakdown, id.Span) { Parts = parts });
            else
                bad.Add(id.Text);
        }
        broken = bad;
        return indicators;
    }

    /// <summary>
    /// <c>parts: { khoi-hcsn: Khối hành chính sự nghiệp }</c>: the names pages print for the breakdown's keys. Only an
    /// indicator with a <c>breakdown</c> has parts; each needs a name.
    /// </summary>
    private static BreakdownParts Parts(YamlMap map, string id, string? breakdown, DiagnosticBag bag)
    {
        if (map.Node("parts") is null) return BreakdownParts.None;
        var keySpan = map.Keys.First(k => k.Key == "parts").Span;
        if (map.Map("parts", bag) is not { } parts) return BreakdownParts.None;
        if (breakdown is null)
        {
            bag.Error(keySpan, bag.Messages.PartsWithoutBreakdown(id));
            return BreakdownParts.None;
        }
        var named = new List<KeyValuePair<string, string>>();
        foreach (var (key, span) in parts.Keys)
        {
            if (parts.Scalar(key, bag) is { Text.Length: > 0 } name) named.Add(new(key, name.Text));
            else if (parts.Node(key) is null or Yaml.YamlText) bag.Error(span, bag.Messages.PartWithoutName(key));
        }
        return named.Count == 0 ? BreakdownParts.None : new BreakdownParts(named);
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
