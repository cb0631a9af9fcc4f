namespace Bantin.Model.Data;

/// <summary>
/// Everything under data/: units, indicators, results and targets, with lookups by id. Immutable once built,
/// so pages rendering in parallel can share it.
/// </summary>
public sealed class DataSet
{
    private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator> _indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Unit>> _children = new(StringComparer.Ordinal);

    /// <param name="units">In file order. For a repeated id the first one counts.</param>
    public DataSet(IReadOnlyList<Unit> units, IReadOnlyList<Indicator> indicators, IReadOnlyList<Result> results, IReadOnlyList<Target> targets)
    {
        Units = units;
        Indicators = indicators;
        Results = results;
        Targets = targets;
        foreach (var u in units) _units.TryAdd(u.Id, u);
        foreach (var i in indicators) _indicators.TryAdd(i.Id, i);

        // The loader reports parent cycles, but a DataSet may also be built in code: a unit on a cycle is
        // nobody's child, so walking the tree downwards (roll-ups) always ends.
        foreach (var u in units)
        {
            if (u.ParentId is not { } parent || !_units.ContainsKey(parent) || !ReferenceEquals(_units[u.Id], u) || OnCycle(u.Id))
                continue;
            if (!_children.TryGetValue(parent, out var list)) _children[parent] = list = [];
            list.Add(u);
        }
    }

    public static DataSet Empty { get; } = new([], [], [], []);

    /// <summary>In the order of data/units.yaml.</summary>
    public IReadOnlyList<Unit> Units { get; }

    /// <summary>In the order of data/indicators.yaml.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>In file path order, then in order within each file.</summary>
    public IReadOnlyList<Result> Results { get; }

    /// <summary>In file path order, then in order within each file.</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <summary>Every date on which some given value was corrected, in date order.</summary>
    public IReadOnlyList<DateOnly> RevisionDates => _revisionDates ??=
        Results.SelectMany(r => r.Revisions).Select(r => r.Date).Distinct().Order().ToArray();

    private IReadOnlyList<DateOnly>? _revisionDates;

    /// <summary>
    /// The data as it stood before <paramref name="date"/>: every correction dated on or after it undone. What an article
    /// published the day before printed. The same data when nothing was corrected since.
    /// </summary>
    public DataSet Before(DateOnly date)
    {
        if (RevisionDates.Count == 0 || RevisionDates[^1] < date) return this;
        var results = Results.Select(r => r.Revisions.Count == 0 || r.Revisions[^1].Date < date
            ? r
            : r with { Amount = r.AmountBefore(date), Revisions = r.Revisions.Where(v => v.Date < date).ToArray() }).ToArray();
        return new DataSet(Units, Indicators, results, Targets);
    }

    public Unit? Unit(string id) => _units.GetValueOrDefault(id);

    public Indicator? Indicator(string id) => _indicators.GetValueOrDefault(id);

    /// <summary>The units whose parent is <paramref name="unitId"/>, in file order.</summary>
    public IReadOnlyList<Unit> Children(string unitId) =>
        _children.TryGetValue(unitId, out var list) ? list : [];

    /// <summary>The parent, its parent and so on up to the root; empty for a root or an unknown id.</summary>
    public IEnumerable<Unit> Ancestors(string unitId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { unitId };
        for (var u = Unit(unitId); u?.ParentId is { } p && seen.Add(p) && Unit(p) is { } parent; u = parent)
            yield return parent;
    }

    private bool OnCycle(string unitId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var u = Unit(unitId); u?.ParentId is { } p && seen.Add(p); u = Unit(p))
            if (p == unitId) return true;
        return false;
    }
}
