using Bantin.Model.Data;
using Bantin.Sources;

namespace Bantin.Import;

/// <summary>Finds the indicator a header cell names: by key (id, <c>id:of</c>…), by name, or by its folded form.</summary>
internal sealed class IndicatorMatcher(DataSet data)
{
    // Headers that are not indicators and are simply left alone: numbering, the unit's column, notes.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "tt", "stt", "so-tt", "so-thu-tu", "no", "ghi-chu", "note", "notes", "ma", "ma-don-vi", "id",
    };

    private static readonly HashSet<string> UnitHeaders = new(StringComparer.Ordinal)
    {
        "don-vi", "ten-don-vi", "don-vi-bao-cao", "co-so", "unit", "units", "ma-don-vi", "id",
    };

    private readonly Dictionary<string, Indicator> _byName = data.Indicators
        .SelectMany(i => new[] { (Names.Key(i.Name), i), (Names.Key(i.Id), i) })
        .GroupBy(p => p.Item1, StringComparer.Ordinal)
        .Where(g => g.Select(p => p.i).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);

    public Slot? Match(string header)
    {
        if (Slot.Parse(header, data) is { } slot) return slot;
        return _byName.TryGetValue(Names.Key(header), out var indicator) ? new Slot(indicator, SlotPart.Main) : null;
    }

    /// <summary>The indicator a misspelt header most likely means, for "did you mean …?".</summary>
    public Indicator? Nearest(string header) =>
        Suggest.Nearest(Names.Key(header), _byName.Keys) is { } key ? _byName[key] : null;

    public static bool IsIgnored(string header) => Ignored.Contains(Names.Key(header));

    public static bool IsUnitHeader(string header) => UnitHeaders.Contains(Names.Key(header));
}
