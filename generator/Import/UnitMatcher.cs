using Bantin.Model.Data;
using Bantin.Sources;

namespace Bantin.Import;

/// <summary>
/// Finds the unit a sheet's row is about from its id or any way of writing its name. A name that fits several
/// units (two "Hòa An") is not guessed: it comes back ambiguous, and the sheet must use the id.
/// </summary>
internal sealed class UnitMatcher
{
    private readonly Dictionary<string, List<Unit>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Unit>> _core = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> _ids = new(StringComparer.Ordinal);

    public UnitMatcher(IEnumerable<Unit> units)
    {
        foreach (var u in units)
        {
            _ids.TryAdd(u.Id, u);
            var lastSegment = u.Id[(u.Id.LastIndexOf('/') + 1)..];
            foreach (var name in new[] { u.Id, lastSegment, u.Name, u.Short }.OfType<string>())
            {
                Add(_exact, Names.Key(name), u);
                Add(_core, Names.UnitCore(name), u);
            }
        }
    }

    /// <summary>The unit named, or null with either the units it could be (ambiguous) or a suggestion.</summary>
    public Unit? Match(string text, out IReadOnlyList<Unit> ambiguous, out Unit? suggestion)
    {
        ambiguous = [];
        suggestion = null;
        if (_ids.TryGetValue(text.Trim(), out var byId)) return byId;
        foreach (var (table, key) in new[] { (_exact, Names.Key(text)), (_core, Names.UnitCore(text)) })
        {
            if (key.Length == 0 || !table.TryGetValue(key, out var found)) continue;
            if (found.Count == 1) return found[0];
            ambiguous = found;
            return null;
        }
        var nearest = Suggest.Nearest(Names.UnitCore(text), _core.Keys);
        if (nearest is not null && _core[nearest].Count == 1) suggestion = _core[nearest][0];
        return null;
    }

    private static void Add(Dictionary<string, List<Unit>> table, string key, Unit unit)
    {
        if (key.Length == 0) return;
        if (!table.TryGetValue(key, out var list)) table[key] = list = [];
        if (!list.Contains(unit)) list.Add(unit);
    }
}
