using Bantin.Model.Data;
using Bantin.Render;

namespace Bantin.Incremental;

/// <summary>
/// Versions of the data, per unit: an edit to a unit's results or targets changes the figures of that unit and of
/// every unit above it (roll-ups), and nothing else. A change to units.yaml or indicators.yaml changes everything.
/// </summary>
public sealed class DataVersions
{
    private DataSet? _data;
    private long _next;
    private long _base;
    private Dictionary<string, long> _byUnit = new(StringComparer.Ordinal);

    /// <summary>The version of any figure at all: moves with every data change.</summary>
    public long All { get; private set; }

    /// <summary>
    /// The units whose figures the last <see cref="Update"/> moved (those whose values changed and every unit above
    /// them), against the data set <see cref="MovedFrom"/>; null when every figure may have moved.
    /// </summary>
    public IReadOnlySet<string>? Moved { get; private set; }

    /// <summary>The data set the last <see cref="Update"/> compared with; null when it compared with none.</summary>
    public DataSet? MovedFrom { get; private set; }

    public long Of(DataUse use) => !use.Any ? 0 : use.Unit is { } unit ? _byUnit.GetValueOrDefault(unit, _base) : All;

    public void Update(DataSet data)
    {
        if (ReferenceEquals(_data, data)) return;
        var previous = _data;
        _data = data;
        All = ++_next;
        (Moved, MovedFrom) = (null, null);
        if (previous is null || !previous.Units.SequenceEqual(data.Units) || !previous.Indicators.SequenceEqual(data.Indicators))
        {
            _base = All;
            _byUnit = new Dictionary<string, long>(StringComparer.Ordinal);
            return;
        }
        var moved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in Changed(previous, data))
        {
            moved.Add(unit);
            foreach (var above in data.Ancestors(unit)) moved.Add(above.Id);
        }
        foreach (var unit in moved) _byUnit[unit] = All;
        (Moved, MovedFrom) = (moved, previous);
    }

    public void Forget()
    {
        _data = null;
        (Moved, MovedFrom) = (null, null);
        _byUnit = new Dictionary<string, long>(StringComparer.Ordinal);
    }

    /// <summary>Units whose own results or targets differ, compared in file order (the order the loader keeps).</summary>
    private static IEnumerable<string> Changed(DataSet before, DataSet after)
    {
        var results = (before.Results.ToLookup(r => r.UnitId), after.Results.ToLookup(r => r.UnitId));
        var targets = (before.Targets.ToLookup(t => t.UnitId), after.Targets.ToLookup(t => t.UnitId));
        var units = results.Item1.Select(g => g.Key).Concat(results.Item2.Select(g => g.Key))
            .Concat(targets.Item1.Select(g => g.Key)).Concat(targets.Item2.Select(g => g.Key)).Distinct(StringComparer.Ordinal);
        return units.Where(u => !results.Item1[u].SequenceEqual(results.Item2[u], SameResult.Instance) || !targets.Item1[u].SequenceEqual(targets.Item2[u])).ToList();
    }

    /// <summary>Results compared by value, breakdown included (a record compares its list by reference).</summary>
    private sealed class SameResult : IEqualityComparer<Result>
    {
        public static SameResult Instance { get; } = new();

        // A file that did not change gives the very same results as last time (DataFileMemory): nothing to compare.
        public bool Equals(Result? a, Result? b) => ReferenceEquals(a, b) ||
            a is not null && b is not null && a with { Amount = b.Amount, Revisions = b.Revisions } == b && Same(a.Amount, b.Amount)
            && a.Revisions.Count == b.Revisions.Count
            && a.Revisions.Zip(b.Revisions).All(p => p.First.Date == p.Second.Date && p.First.Span == p.Second.Span && Same(p.First.Earlier, p.Second.Earlier));

        private static bool Same(Amount a, Amount b) => a.Value == b.Value && a.Of == b.Of && a.By.SequenceEqual(b.By);

        public int GetHashCode(Result r) => HashCode.Combine(r.UnitId, r.IndicatorId, r.Amount.Value);
    }
}
