using System.Collections.Concurrent;
using Bantin.Model.Periods;

namespace Bantin.Render.Data;

/// <summary>
/// The periods for which a unit or any unit below it gave a value of an indicator, distinct and in period order.
/// Every indicator page asks it for every unit, and every chart for the units it draws: worked out from the
/// children's answers, once per unit and indicator, instead of walking the whole subtree's series each time
/// (at 61 units × 120 months that walk was most of an indicator page's view).
/// </summary>
public sealed class SubtreePeriods(DataViewFactory views)
{
    private readonly ConcurrentDictionary<(string Unit, string Indicator), Period[]> _known = new();

    public Period[] Of(string unitId, string indicatorId)
    {
        var key = (unitId, indicatorId);
        return _known.TryGetValue(key, out var known) ? known : _known.GetOrAdd(key, Find(unitId, indicatorId));
    }

    private Period[] Find(string unitId, string indicatorId)
    {
        var own = views.Figures.Periods(unitId, indicatorId);
        var children = views.Data.Children(unitId);
        if (children.Count == 0) return [.. own];
        var all = new HashSet<Period>(own);
        foreach (var child in children) all.UnionWith(Of(child.Id, indicatorId));
        var sorted = new Period[all.Count];
        all.CopyTo(sorted);
        Array.Sort(sorted);
        return sorted;
    }
}
