using Bantin.Diagnostics;
using Bantin.Model.Data;

namespace Bantin.Sources.Data;

/// <summary>Reads data/units.yaml: a list of units that must form a tree.</summary>
internal static class UnitsReader
{
    public const string File = "data/units.yaml";
    private static readonly string[] Known = ["id", "name", "short", "parent"];

    /// <summary>
    /// The units in file order. A unit without id or with a repeated id is left out; a unit with an unknown
    /// parent, or the first unit of a parent cycle, keeps no parent, so the tree stays a tree (see <see cref="UnitTreeShape"/>).
    /// </summary>
    public static IReadOnlyList<Unit> Read(SiteFiles files, DiagnosticBag bag)
    {
        var units = new List<Unit>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var parentSpans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        // Ids left out because they cannot name a folder: a child naming one is not told its parent is unknown too.
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        var folded = new Dictionary<string, (string Id, SourceSpan Span)>(StringComparer.OrdinalIgnoreCase);
        foreach (var map in DataFile.Items(files, File, "id: cao-bang", bag))
        {
            map.WarnUnknownKeys(Known, bag);
            if (map.Scalar("id", bag) is not { Text.Length: > 0 } id)
            {
                bag.Error(DataFile.Start(map), bag.Messages.MissingField("id", "cao-bang"));
                continue;
            }
            if (seen.TryGetValue(id.Text, out var first))
            {
                bag.Error(id.Span, bag.Messages.DuplicateUnit(id.Text, first.ToString()));
                continue;
            }
            if (!IdChecks.Safe("unit", id, nested: true, folded, bag))
            {
                rejected.Add(id.Text);
                continue;
            }
            seen[id.Text] = id.Span;
            var name = map.Scalar("name", bag);
            if (name is not { Text.Length: > 0 })
                bag.Error(DataFile.Start(map), bag.Messages.MissingField("name", "Liên đoàn Lao động tỉnh Cao Bằng"));
            var parent = map.Scalar("parent", bag);
            if (parent is { } p) parentSpans[id.Text] = p.Span;
            units.Add(new Unit(id.Text, name is { Text.Length: > 0 } n ? n.Text : id.Text,
                map.Scalar("short", bag) is { Text.Length: > 0 } s ? s.Text : null, parent?.Text, id.Span));
        }

        var ids = seen.Keys;
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var u in units)
        {
            if (u.ParentId is { } p && !ids.Contains(p) && !rejected.Contains(p))
                bag.Error(parentSpans[u.Id], bag.Messages.UnknownParent(p, Suggest.Nearest(p, ids.Where(i => i != u.Id))));
            parentOf[u.Id] = u.ParentId is { } q && ids.Contains(q) ? q : null;
        }

        UnitTreeShape.Apply(units, parentOf, parentSpans, bag);
        return units.Select(u => u.ParentId == parentOf[u.Id] ? u : u with { ParentId = parentOf[u.Id] }).ToList();
    }
}
