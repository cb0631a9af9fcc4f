using Bantin.Diagnostics;
using Bantin.Model.Data;

namespace Bantin.Sources.Data;

/// <summary>
/// Makes the parent links of data/units.yaml a tree of bounded depth, in time linear in the number of units:
/// a cycle is reported once, at the unit of the cycle that comes first in the file, and broken there; a unit
/// deeper than <see cref="MaxDepth"/> is reported (only the first level too deep) and cut loose with everything
/// below it. Deep chains made every roll-up and breadcrumb walk long (5,000 levels took minutes).
/// </summary>
internal static class UnitTreeShape
{
    /// <summary>Tổng Liên đoàn → tỉnh → huyện → cơ sở → bộ phận → tổ is six; twenty leaves room for any real tree.</summary>
    public const int MaxDepth = 20;

    /// <param name="parentOf">Each unit's known parent or null; changed in place where a link is broken.</param>
    public static void Apply(IReadOnlyList<Unit> units, Dictionary<string, string?> parentOf,
        IReadOnlyDictionary<string, SourceSpan> parentSpans, DiagnosticBag bag)
    {
        var fileOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var u in units) fileOrder.TryAdd(u.Id, fileOrder.Count);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var u in units)
        {
            while (!depth.ContainsKey(u.Id))
            {
                var (path, stop) = WalkUp(u.Id, parentOf, depth);
                if (stop is not null && !depth.ContainsKey(stop))
                    BreakCycle(path[path.IndexOf(stop)..], fileOrder, parentOf, parentSpans, bag);
                else
                    SetDepths(path, stop is null ? 0 : depth[stop], parentOf, parentSpans, depth, bag);
            }
        }
    }

    // The units from id upwards that have no depth yet, and where the walk stopped: null at a root, a unit with
    // a depth, or a unit already on the path (a cycle).
    private static (List<string> Path, string? Stop) WalkUp(string id, Dictionary<string, string?> parentOf, Dictionary<string, int> depth)
    {
        var path = new List<string>();
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        string? p = id;
        while (p is not null && !depth.ContainsKey(p) && onPath.Add(p))
        {
            path.Add(p);
            p = parentOf[p];
        }
        return (path, p);
    }

    private static void BreakCycle(List<string> cycle, Dictionary<string, int> fileOrder, Dictionary<string, string?> parentOf,
        IReadOnlyDictionary<string, SourceSpan> parentSpans, DiagnosticBag bag)
    {
        var first = cycle.MinBy(id => fileOrder[id])!;
        var chain = new List<string> { first };
        for (var p = parentOf[first]!; p != first; p = parentOf[p]!) chain.Add(p);
        chain.Add(first);
        bag.Error(parentSpans[first], bag.Messages.ParentCycle(Shorten(chain)));
        parentOf[first] = null;
    }

    // From the top of the path down: one more than the parent. The first level too deep is reported; it and
    // everything below lose their parent so no walk over the tree is ever long.
    private static void SetDepths(List<string> path, int top, Dictionary<string, string?> parentOf,
        IReadOnlyDictionary<string, SourceSpan> parentSpans, Dictionary<string, int> depth, DiagnosticBag bag)
    {
        var level = top;
        for (var i = path.Count - 1; i >= 0; i--)
        {
            var id = path[i];
            level = Math.Min(level + 1, MaxDepth + 1);
            if (level > MaxDepth)
            {
                if (level == MaxDepth + 1 && depth.GetValueOrDefault(parentOf[id]!) == MaxDepth)
                    bag.Error(parentSpans[id], bag.Messages.UnitTreeTooDeep(id, MaxDepth, Shorten(FromRoot(id, parentOf))));
                parentOf[id] = null;
            }
            depth[id] = level;
        }
    }

    private static List<string> FromRoot(string id, Dictionary<string, string?> parentOf)
    {
        var chain = new List<string>();
        for (string? p = id; p is not null && chain.Count <= MaxDepth + 1; p = parentOf[p]) chain.Add(p);
        chain.Reverse();
        return chain;
    }

    // A chain of thousands of ids would bury the message: its ends say enough.
    private static string Shorten(List<string> chain) =>
        string.Join(" → ", chain.Count <= 5 ? chain : [chain[0], chain[1], "…", chain[^2], chain[^1]]);
}
