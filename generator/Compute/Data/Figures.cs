using Bantin.Formatting;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Compute.Data;

/// <summary>
/// Answers "what is the figure for this unit, indicator and period?" from the data, rolling given values up
/// over time and over child units (FORMATS.md, "Roll-ups"), and compares figures with targets.
/// Indexes are built once in the constructor; afterwards every method is safe to call from parallel renders.
/// Periods are matched by the months they cover: <c>2019-Q1</c> and <c>2019-01..2019-03</c> ask for the same figure.
/// </summary>
public sealed class Figures
{
    private readonly DataSet _data;
    private readonly Dictionary<(string Unit, string Indicator), Result[]> _given = new();
    private readonly Dictionary<(string Unit, string Indicator), Target[]> _targets = new();
    private readonly Dictionary<string, Period[]> _unitPeriods = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Unit, string Indicator), Period[]> _indicatorPeriods = new();

    // Figures depend only on the data, so each is worked out once; the key is the span, not the written period.
    // One small table per unit and indicator (by number), keyed by the months: every table cell asks, and one
    // site-wide concurrent table spent its time walking buckets and growing under its locks.
    private readonly Dictionary<long, Figure?>[] _memo;
    // The given values of each unit and indicator (by number) as figures, sorted by their months' key: most cells
    // show a given value, found by a binary search in one small array instead of through two hash tables.
    private readonly (long[] Keys, Figure[] Figures)[] _givenFigures;
    private readonly Dictionary<string, int> _unitNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Number, Indicator Indicator)> _indicatorNumbers = new(StringComparer.Ordinal);
    // Which indicators have a result or a target given for a unit and exactly these months, by indicator number.
    private readonly Dictionary<(string Unit, int Start, int End), bool[]> _listed = new();
    // Which units report an indicator at all, themselves or through a unit below them: the child units a roll-up
    // expects a figure from (a district that never reports it does not make every total partial).
    private readonly HashSet<(string Unit, string Indicator)> _reportsBelow = new();

    public Figures(DataSet data)
    {
        _data = data;
        foreach (var unit in data.Units) _unitNumbers.TryAdd(unit.Id, _unitNumbers.Count);
        foreach (var indicator in data.Indicators) _indicatorNumbers.TryAdd(indicator.Id, (_indicatorNumbers.Count, indicator));
        _memo = new Dictionary<long, Figure?>[_unitNumbers.Count * _indicatorNumbers.Count];
        for (var i = 0; i < _memo.Length; i++) _memo[i] = new Dictionary<long, Figure?>();
        // Only the first value for the same months counts (the loader reports the others); needed while indexing only.
        var direct = new Dictionary<(string Unit, string Indicator, int Start, int End), Result>();
        foreach (var r in data.Results)
            direct.TryAdd((r.UnitId, r.IndicatorId, r.Period.Start.Index, r.Period.End.Index), r);

        // Sorted by period, so the last one inside a period is the latest (what a stock shows).
        foreach (var group in direct.Values.GroupBy(r => (r.UnitId, r.IndicatorId)))
        {
            var given = group.OrderBy(r => r.Period).ToArray();
            _given[group.Key] = given;
            _indicatorPeriods[group.Key] = given.Select(r => r.Period).ToArray();
        }
        _givenFigures = new (long[], Figure[])[_memo.Length];
        foreach (var ((unitId, indicatorId), given) in _given)
        {
            if (!_unitNumbers.TryGetValue(unitId, out var u) || !_indicatorNumbers.TryGetValue(indicatorId, out var i)) continue;
            var keys = given.Select(r => Key(r.Period)).ToArray();
            var figures = given.Select(r => Figure.Given(r, false)).ToArray();
            Array.Sort(keys, figures);
            _givenFigures[u * _indicatorNumbers.Count + i.Number] = (keys, figures);
        }
        foreach (var (unitId, indicatorId) in _given.Keys)
        {
            if (!_reportsBelow.Add((unitId, indicatorId))) continue;
            foreach (var ancestor in data.Ancestors(unitId))
                if (!_reportsBelow.Add((ancestor.Id, indicatorId))) break;
        }
        foreach (var group in direct.Values.GroupBy(r => r.UnitId))
            _unitPeriods[group.Key] = group.Select(r => r.Period).Distinct().Order().ToArray();
        foreach (var group in data.Targets.GroupBy(t => (t.UnitId, t.IndicatorId)))
            _targets[group.Key] = group.OrderBy(t => t.Period).ThenBy(t => t.SetBy, StringComparer.Ordinal).ToArray();
        foreach (var key in direct.Keys) List(key.Unit, key.Indicator, key.Start, key.End);
        foreach (var t in data.Targets) List(t.UnitId, t.IndicatorId, t.Period.Start.Index, t.Period.End.Index);
    }

    /// <summary>
    /// As <see cref="Figures(DataSet)"/>, starting with what <paramref name="earlier"/> worked out for every unit not
    /// in <paramref name="moved"/>: a unit's figures come from its own values and those of the units below it, so
    /// where none of those changed they are the same, and a roll-up of the whole federation after one province's
    /// edit asks the other provinces for figures they already have.
    /// </summary>
    /// <param name="moved">Every unit whose own values changed, and every unit above one.</param>
    public Figures(DataSet data, Figures earlier, IReadOnlySet<string> moved) : this(data)
    {
        if (!earlier._data.Units.SequenceEqual(data.Units) || !earlier._data.Indicators.SequenceEqual(data.Indicators)) return;
        var count = _indicatorNumbers.Count;
        foreach (var (unit, number) in _unitNumbers)
        {
            if (moved.Contains(unit)) continue;
            for (var i = 0; i < count; i++)
            {
                var known = earlier._memo[number * count + i];
                lock (known) _memo[number * count + i] = new Dictionary<long, Figure?>(known);
            }
        }
    }

    /// <summary>
    /// As <see cref="Figures(DataSet, Figures, IReadOnlySet{string})"/> after an edit that changed only values: every
    /// result and target still at its place, unit, indicator and period. The indexes of which units report what, for
    /// which periods, and the targets stay as <paramref name="earlier"/> made them; only the given values of the units
    /// in <paramref name="changed"/> are indexed again (indexing all 144,000 values of a ten-year monthly federation
    /// was most of a preview's data edit).
    /// </summary>
    /// <param name="changed">The units whose own results changed.</param>
    /// <param name="moved">Those and every unit above one.</param>
    public static Figures AfterValueEdit(DataSet data, Figures earlier, IReadOnlySet<string> changed, IReadOnlySet<string> moved) =>
        earlier.SameCatalog(data) ? new Figures(earlier, data, changed, moved) : new Figures(data);

    /// <summary>True when <paramref name="data"/> has the units and indicators these figures were computed over.</summary>
    public bool SameCatalog(DataSet data) => _data.Units.SequenceEqual(data.Units) && _data.Indicators.SequenceEqual(data.Indicators);

    private Figures(Figures earlier, DataSet data, IReadOnlySet<string> changed, IReadOnlySet<string> moved)
    {
        _data = data;
        foreach (var unit in data.Units) _unitNumbers.TryAdd(unit.Id, _unitNumbers.Count);
        foreach (var indicator in data.Indicators) _indicatorNumbers.TryAdd(indicator.Id, (_indicatorNumbers.Count, indicator));
        // Which units and periods report what, and the targets, are as they were: only values moved.
        _targets = earlier._targets;
        _unitPeriods = earlier._unitPeriods;
        _indicatorPeriods = earlier._indicatorPeriods;
        _listed = earlier._listed;
        _reportsBelow = earlier._reportsBelow;
        _given = new Dictionary<(string Unit, string Indicator), Result[]>(earlier._given);
        _givenFigures = ((long[] Keys, Figure[] Figures)[])earlier._givenFigures.Clone();
        var count = _indicatorNumbers.Count;
        // A unit the edit did not reach has the same figures: its remembered ones are shared (each table has its lock).
        _memo = new Dictionary<long, Figure?>[earlier._memo.Length];
        foreach (var (unit, number) in _unitNumbers)
            for (var i = 0; i < count; i++)
                _memo[number * count + i] = moved.Contains(unit) ? new Dictionary<long, Figure?>() : earlier._memo[number * count + i];
        // The changed units' given values, indexed as the full constructor does: the first value for the same months.
        var direct = new Dictionary<(string Unit, string Indicator, int Start, int End), Result>();
        foreach (var r in data.Results)
            if (changed.Contains(r.UnitId)) direct.TryAdd((r.UnitId, r.IndicatorId, r.Period.Start.Index, r.Period.End.Index), r);
        foreach (var group in direct.Values.GroupBy(r => (r.UnitId, r.IndicatorId)))
        {
            var given = group.OrderBy(r => r.Period).ToArray();
            _given[group.Key] = given;
            if (!_unitNumbers.TryGetValue(group.Key.UnitId, out var u) || !_indicatorNumbers.TryGetValue(group.Key.IndicatorId, out var i)) continue;
            var keys = given.Select(r => Key(r.Period)).ToArray();
            var figures = given.Select(r => Figure.Given(r, false)).ToArray();
            Array.Sort(keys, figures);
            _givenFigures[u * count + i.Number] = (keys, figures);
        }
    }

    private void List(string unit, string indicator, int start, int end)
    {
        if (!_indicatorNumbers.TryGetValue(indicator, out var number)) return;
        if (!_listed.TryGetValue((unit, start, end), out var flags)) _listed[(unit, start, end)] = flags = new bool[_indicatorNumbers.Count];
        flags[number.Number] = true;
    }

    /// <summary>
    /// The figure for a unit, indicator and period, or null when nothing was reported (never a made-up 0).
    /// In order: (a) a value given for exactly these months; (b) the unit's own given values inside the period:
    /// a flow or ratio sums given periods that cover every month exactly once, preferring the largest; a stock
    /// takes the latest-ending given period inside it ("the latest one stands", even if it ends before the
    /// period does); (c) the sum over the child units that have a figure. A rate never rolls up.
    /// </summary>
    public Figure? Get(string unitId, string indicatorId, Period period)
    {
        if (!_unitNumbers.TryGetValue(unitId, out var unit) || !_indicatorNumbers.TryGetValue(indicatorId, out var indicator)) return null;
        var pair = unit * _indicatorNumbers.Count + indicator.Number;
        var key = Key(period);
        if (_givenFigures[pair] is { Keys: { } keys } given && Array.BinarySearch(keys, key) is >= 0 and var at) return given.Figures[at];
        var memo = _memo[pair];
        lock (memo)
        {
            if (memo.TryGetValue(key, out var known)) return known;
        }
        // Worked out outside the lock: a roll-up asks the child units' tables. Two threads may both work out the same
        // figure; it is the same value, and the first one stored is the one every page shows.
        var figure = Compute(unitId, indicator.Indicator, period, pair);
        lock (memo)
        {
            return memo.TryAdd(key, figure) ? figure : memo[key];
        }
    }

    /// <summary>
    /// Every target for the unit and indicator whose period is <paramref name="period"/> or contains it, ordered
    /// by target period then issuer, each compared with the figure for <paramref name="period"/> (for a ratio,
    /// its numerator): "72 of 111 for the year" for April against the year's plan.
    /// </summary>
    public IReadOnlyList<Achievement> Achievements(string unitId, string indicatorId, Period period)
    {
        if (!_targets.TryGetValue((unitId, indicatorId), out var targets)) return [];
        var covering = targets.Where(t => t.Period.Contains(period)).ToList();
        if (covering.Count == 0) return [];
        var figure = Get(unitId, indicatorId, period);
        return covering.Select(t => new Achievement(t,
                figure is not null && NumberFormatter.TryRatio(figure.Value, t.Value, out var r) ? r : null,
                period.MonthCount < t.Period.MonthCount))
            .ToList();
    }

    /// <summary>
    /// Every target for the unit and indicator whose period contains <paramref name="period"/>, with the figure reports
    /// put against it by the end of that period: a flow or ratio cumulated from the start of the target's period (the
    /// year's plan against January to September), a stock or rate as it stands for the period.
    /// </summary>
    public IReadOnlyList<TargetProgress> Progress(string unitId, string indicatorId, Period period)
    {
        if (!_targets.TryGetValue((unitId, indicatorId), out var targets)) return [];
        var kind = _indicatorNumbers.TryGetValue(indicatorId, out var known) ? known.Indicator.Kind : IndicatorKind.Flow;
        List<TargetProgress>? list = null;
        foreach (var target in targets)
        {
            if (!target.Period.Contains(period)) continue;
            list ??= [];
            var through = kind is IndicatorKind.Flow or IndicatorKind.Ratio && target.Period.Start != period.Start
                ? Period.MonthRange(target.Period.Start, period.End)
                : period;
            var figure = Get(unitId, indicatorId, through);
            decimal? ratio = kind != IndicatorKind.Rate && figure is not null && NumberFormatter.TryRatio(figure.Value, target.Value, out var r) ? r : null;
            list.Add(new TargetProgress(target, through, figure, ratio));
        }
        return list ?? (IReadOnlyList<TargetProgress>)[];
    }

    /// <summary>The periods for which the unit has given results, in period order: its reporting periods.</summary>
    public IReadOnlyList<Period> Periods(string unitId) =>
        _unitPeriods.TryGetValue(unitId, out var periods) ? periods : [];

    /// <summary>The periods for which the unit has a given value of the indicator, in period order (for charts).</summary>
    public IReadOnlyList<Period> Periods(string unitId, string indicatorId) =>
        _indicatorPeriods.TryGetValue((unitId, indicatorId), out var periods) ? periods : [];

    /// <summary>
    /// The indicators with a result or a target given for the unit and exactly these months, in the order of
    /// data/indicators.yaml: what a reporting-period page lists.
    /// </summary>
    public IReadOnlyList<string> IndicatorIds(string unitId, Period period) => IndicatorIds([unitId], period);

    /// <summary>The same for several units together (a unit and the units below it), each indicator once.</summary>
    public IReadOnlyList<string> IndicatorIds(IEnumerable<string> unitIds, Period period)
    {
        bool[]? any = null;
        foreach (var unitId in unitIds) Listed(ref any, unitId, period);
        return InOrder(any);
    }

    /// <summary>
    /// The same, adding what each unit gave for its reporting periods inside <paramref name="period"/>: what the page of
    /// a derived period lists (a year made of months). One set of flags, not a list of indicators per month and unit.
    /// </summary>
    public IReadOnlyList<string> IndicatorIdsWithin(IEnumerable<string> unitIds, Period period)
    {
        bool[]? any = null;
        foreach (var unitId in unitIds)
        {
            Listed(ref any, unitId, period);
            foreach (var given in Periods(unitId))
                if (period.Contains(given)) Listed(ref any, unitId, given);
        }
        return InOrder(any);
    }

    private void Listed(ref bool[]? any, string unitId, Period period)
    {
        if (!_listed.TryGetValue((unitId, period.Start.Index, period.End.Index), out var flags)) return;
        any ??= new bool[flags.Length];
        for (var i = 0; i < flags.Length; i++) any[i] |= flags[i];
    }

    private IReadOnlyList<string> InOrder(bool[]? any)
    {
        if (any is null) return [];
        var ids = new List<string>();
        foreach (var indicator in _data.Indicators)
            if (any[_indicatorNumbers[indicator.Id].Number]) ids.Add(indicator.Id);
        return ids;
    }

    private static long Key(Period period) => ((long)period.Start.Index << 32) | (uint)period.End.Index;

    /// <summary>A figure not given for exactly these months (<see cref="Get"/> found those first).</summary>
    private Figure? Compute(string unitId, Indicator indicator, Period period, int pair)
    {
        if (indicator.Kind == IndicatorKind.Rate) return null;
        return OverTime(unitId, indicator, period, pair) ?? OverChildren(unitId, indicator.Id, period);
    }

    private Figure? OverTime(string unitId, Indicator indicator, Period period, int pair)
    {
        if (!_given.TryGetValue((unitId, indicator.Id), out var all)) return null;
        var given = EndingWithin(all, period);
        if (indicator.Kind == IndicatorKind.Stock)
        {
            var latest = given.LastOrDefault(r => period.Contains(r.Period));
            return latest is null ? null : Figure.Given(latest, true);
        }
        if (MonthByMonth(given, period, pair) is { } months) return Sum(months);
        return TimeCover.Find(given, period) is { } cover
            ? Sum(cover.Select(r => GivenFigure(pair, r)).ToArray())
            : null;
    }

    // The common case (every unit reporting monthly): each month of the period given once and nothing longer inside
    // it, so the months are the only cover there is. Found without TimeCover's lists, a list per month of every
    // year-to-date and quarter that pages ask for (a fifth of what a unit × period page's view allocated).
    private Figure[]? MonthByMonth(ArraySegment<Result> given, Period period, int pair)
    {
        var length = period.MonthCount;
        if (given.Count < length) return null;
        Figure[]? months = null;
        var count = 0;
        foreach (var r in given)
        {
            if (!period.Contains(r.Period)) continue;
            // Values for the same months are indexed once, so single months inside the period are distinct months.
            if (r.Period.MonthCount != 1) return null;
            (months ??= new Figure[length])[count++] = GivenFigure(pair, r);
        }
        return count == length ? months : null;
    }

    // The figure made once for a given value: a sum keeps its parts (their sources), and a new figure for each part
    // of each sum was most of the memory a build of ten years of monthly data held (a million figures at 60 units).
    private Figure GivenFigure(int pair, Result r)
    {
        var (keys, figures) = _givenFigures[pair];
        return figures[Array.BinarySearch(keys, Key(r.Period))];
    }

    // The given values (sorted by period, so by last month first) that end inside the period: a binary search
    // keeps ten years of monthly values from being scanned for every quarter.
    private static ArraySegment<Result> EndingWithin(Result[] given, Period period)
    {
        int First(int month)
        {
            var (lo, hi) = (0, given.Length);
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (given[mid].Period.End.Index < month) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
        var from = First(period.Start.Index);
        return new ArraySegment<Result>(given, from, First(period.End.Index + 1) - from);
    }

    private Figure? OverChildren(string unitId, string indicatorId, Period period)
    {
        var parts = new List<Figure>();
        var (complete, expected) = (0, 0);
        foreach (var child in _data.Children(unitId))
        {
            if (!_reportsBelow.Contains((child.Id, indicatorId))) continue;
            expected++;
            if (Get(child.Id, indicatorId, period) is not { } f) continue;
            parts.Add(f);
            if (f.Share is null) complete++;
        }
        var sum = Sum(parts);
        return complete < expected && sum is not null ? sum with { Share = new RollUpShare(complete, expected) } : sum;
    }

    // A breakdown is summed only when every part has one: otherwise its parts would not add up to the total.
    private static Figure? Sum(IReadOnlyList<Figure> parts)
    {
        if (parts.Count == 0) return null;
        try
        {
            var value = 0m;
            decimal? of = 0m;
            for (var i = 0; i < parts.Count; i++)
            {
                var p = parts[i];
                value += p.Value;
                of = of is { } o && p.Of is { } po ? o + po : null;
            }
            // Most figures have no breakdown: they share the empty one instead of each holding an empty list.
            IReadOnlyList<KeyValuePair<string, decimal>> breakdown = [];
            var (everyBreakdown, provisional, revised) = (true, false, (DateOnly?)null);
            for (var i = 0; i < parts.Count; i++)
            {
                var p = parts[i];
                everyBreakdown &= p.By.Count > 0;
                provisional |= p.Provisional;
                if (p.RevisedOn > revised || revised is null) revised = p.RevisedOn;
            }
            if (everyBreakdown)
            {
                var by = new List<KeyValuePair<string, decimal>>();
                breakdown = by;
                var index = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (key, v) in parts.SelectMany(p => p.By))
                {
                    if (index.TryGetValue(key, out var i)) by[i] = new(key, by[i].Value + v);
                    else { index[key] = by.Count; by.Add(new(key, v)); }
                }
            }
            return new Figure(value, of, breakdown, true, new SumSources(parts)) { Provisional = provisional, RevisedOn = revised };
        }
        catch (OverflowException)
        {
            // Only absurd input (sums beyond 7.9e28) gets here; showing nothing beats crashing the build.
            return null;
        }
    }
}
