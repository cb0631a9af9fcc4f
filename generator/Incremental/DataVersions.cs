using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Render;

namespace Bantin.Incremental;

/// <summary>
/// Versions of the data, per unit and, for unit × period pages, per period: an edit to a unit's results or targets
/// changes the figures of that unit and of every unit above it (roll-ups), and nothing else. A value edit that keeps
/// every result at its indicator and period reaches only the pages whose tables read its months (<see cref="Reach"/>);
/// any other edit (a period or indicator added or gone, a target) reaches every page of those units. A change to
/// units.yaml or indicators.yaml changes everything.
/// </summary>
public sealed class DataVersions
{
    private DataSet? _data;
    private long _next;
    private long _base;
    private Dictionary<string, long> _byUnit = new(StringComparer.Ordinal);
    // Per unit: when every one of its period pages last moved, and the months of the value edits since then.
    private Dictionary<string, long> _wholeUnit = new(StringComparer.Ordinal);
    private Dictionary<string, List<(long Version, int Start, int End)>> _edited = new(StringComparer.Ordinal);
    private ILookup<string, (int Start, int End)> _targetSpans = Enumerable.Empty<Target>().ToLookup(t => t.UnitId, t => (t.Period.Start.Index, t.Period.End.Index));

    /// <summary>The version of units.yaml and indicators.yaml: moves when either changes (and after <see cref="Forget"/>).</summary>
    public long Base => _base;

    /// <summary>The version of any figure at all: moves with every data change.</summary>
    public long All { get; private set; }

    /// <summary>
    /// The units whose figures the last <see cref="Update"/> moved (those whose values changed and every unit above
    /// them), against the data set <see cref="MovedFrom"/>; null when every figure may have moved.
    /// </summary>
    public IReadOnlySet<string>? Moved { get; private set; }

    /// <summary>
    /// The units whose own results the last <see cref="Update"/> found changed in value only (every result and target
    /// still at its place, unit, indicator and period), against <see cref="MovedFrom"/>; null when anything else changed.
    /// </summary>
    public IReadOnlySet<string>? ValuesChanged { get; private set; }

    /// <summary>The data set the last <see cref="Update"/> compared with; null when it compared with none.</summary>
    public DataSet? MovedFrom { get; private set; }

    public long Of(DataUse use)
    {
        if (!use.Any) return 0;
        if (use.Unit is not { } unit) return All;
        if (use.Period is not { } period) return _byUnit.GetValueOrDefault(unit, _base);
        var version = _wholeUnit.GetValueOrDefault(unit, _base);
        if (!_edited.TryGetValue(unit, out var edits)) return version;
        var from = use.OnlyItsMonths ? period.Start.Index : Reach(unit, period);
        foreach (var edit in edits)
            if (edit.Version > version && edit.Start <= period.End.Index && edit.End >= from) version = edit.Version;
        return version;
    }

    /// <summary>
    /// The first month whose values a unit × period table can read: January of the year before (the last-year column
    /// and its January to date) or the start of a target of the unit spanning the period (progress is cumulated from there). It
    /// reads nothing after the period's end.
    /// </summary>
    private int Reach(string unit, Period period)
    {
        var from = new YearMonth(Math.Max(period.Start.Year - 1, YearMonth.MinYear), 1).Index;
        foreach (var (start, end) in _targetSpans[unit])
            if (start < from && start <= period.End.Index && end >= period.Start.Index) from = start;
        return from;
    }

    public void Update(DataSet data)
    {
        if (ReferenceEquals(_data, data)) return;
        var previous = _data;
        _data = data;
        All = ++_next;
        (Moved, MovedFrom, ValuesChanged) = (null, null, null);
        _targetSpans = data.Targets.DistinctBy(t => (t.UnitId, t.Period)).ToLookup(t => t.UnitId, t => (t.Period.Start.Index, t.Period.End.Index), StringComparer.Ordinal);
        if (previous is null || !previous.Units.SequenceEqual(data.Units) || !previous.Indicators.SequenceEqual(data.Indicators))
        {
            _base = All;
            ClearVersions();
            return;
        }
        var moved = new HashSet<string>(StringComparer.Ordinal);
        var changed = Changed(previous, data);
        foreach (var (unit, periods) in changed)
            foreach (var reached in data.Ancestors(unit).Select(a => a.Id).Prepend(unit))
            {
                moved.Add(reached);
                if (periods is null)
                {
                    _wholeUnit[reached] = All;
                    _edited.Remove(reached);
                }
                else
                {
                    var edits = _edited.TryGetValue(reached, out var list) ? list : _edited[reached] = [];
                    edits.AddRange(periods.Select(p => (All, p.Start.Index, p.End.Index)));
                }
            }
        foreach (var unit in moved) _byUnit[unit] = All;
        (Moved, MovedFrom) = (moved, previous);
        if (changed.TrueForAll(c => c.Periods is not null)) ValuesChanged = changed.Select(c => c.Unit).ToHashSet(StringComparer.Ordinal);
    }

    public void Forget()
    {
        _data = null;
        (Moved, MovedFrom, ValuesChanged) = (null, null, null);
        ClearVersions();
    }

    private void ClearVersions()
    {
        _byUnit = new Dictionary<string, long>(StringComparer.Ordinal);
        _wholeUnit = new Dictionary<string, long>(StringComparer.Ordinal);
        _edited = new Dictionary<string, List<(long, int, int)>>(StringComparer.Ordinal);
    }

    /// <summary>
    /// Units whose own results or targets differ, compared in file order (the order the loader keeps), each with the
    /// periods of its changed values, or null when more than values changed.
    /// </summary>
    private static List<(string Unit, List<Period>? Periods)> Changed(DataSet before, DataSet after) =>
        ValuesChangedInPlace(before, after) ?? ChangedByUnit(before, after);

    /// <summary>
    /// The common edit, one value changed: every result at the same place with the same unit, indicator and period
    /// (unchanged files give the very same objects), and the same targets. Then a unit's results, in file order, are
    /// matched as <see cref="ChangedByUnit"/> would match them, without grouping 144,000 values by unit twice.
    /// Null when more than values changed.
    /// </summary>
    private static List<(string Unit, List<Period>? Periods)>? ValuesChangedInPlace(DataSet before, DataSet after)
    {
        var (was, now) = (before.Results, after.Results);
        if (was.Count != now.Count || !before.Targets.SequenceEqual(after.Targets)) return null;
        var changed = new Dictionary<string, List<Period>>(StringComparer.Ordinal);
        for (var i = 0; i < was.Count; i++)
        {
            var (a, b) = (was[i], now[i]);
            if (ReferenceEquals(a, b)) continue;
            if (a.UnitId != b.UnitId || a.IndicatorId != b.IndicatorId || a.Period != b.Period) return null;
            if (SameResult.Instance.Equals(a, b)) continue;
            (changed.TryGetValue(b.UnitId, out var periods) ? periods : changed[b.UnitId] = []).Add(b.Period);
        }
        return changed.Select(c => (c.Key, (List<Period>?)c.Value)).ToList();
    }

    private static List<(string Unit, List<Period>? Periods)> ChangedByUnit(DataSet before, DataSet after)
    {
        var results = (before.Results.ToLookup(r => r.UnitId), after.Results.ToLookup(r => r.UnitId));
        var targets = (before.Targets.ToLookup(t => t.UnitId), after.Targets.ToLookup(t => t.UnitId));
        var units = results.Item1.Select(g => g.Key).Concat(results.Item2.Select(g => g.Key))
            .Concat(targets.Item1.Select(g => g.Key)).Concat(targets.Item2.Select(g => g.Key)).Distinct(StringComparer.Ordinal);
        var changed = new List<(string, List<Period>?)>();
        foreach (var unit in units)
        {
            var (was, now) = (results.Item1[unit].ToList(), results.Item2[unit].ToList());
            if (!targets.Item1[unit].SequenceEqual(targets.Item2[unit]) || was.Count != now.Count)
            {
                changed.Add((unit, null));
                continue;
            }
            List<Period>? periods = [];
            for (var i = 0; i < was.Count && periods is not null; i++)
            {
                if (SameResult.Instance.Equals(was[i], now[i])) continue;
                // Only a value moved: the pages, their periods and the indicators they list stay; else all may move.
                if (was[i].IndicatorId == now[i].IndicatorId && was[i].Period == now[i].Period) periods.Add(now[i].Period);
                else periods = null;
            }
            if (periods is not { Count: 0 }) changed.Add((unit, periods));
        }
        return changed;
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
