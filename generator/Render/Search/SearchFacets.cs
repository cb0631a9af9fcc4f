using Bantin.Compute;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Sources;

namespace Bantin.Render.Search;

/// <summary>
/// What the search page filters by: categories, units and years. The page lists them as options (so the filters
/// work before any JavaScript runs), and the index refers to them by position. Choosing a category or unit also
/// finds the articles of its sub-categories or sub-units, which is why each knows its parent.
/// </summary>
public sealed record SearchFacets(IReadOnlyList<SearchFacet> Categories, IReadOnlyList<SearchFacet> Units, IReadOnlyList<int> Years)
{
    private const string TrailSeparator = " › ";

    public static SearchFacets Build(SiteConfig site, SiteIndex index, DataSet data)
    {
        var categories = index.Categories.All
            .Select(c => (Category: c, Trail: string.Join(TrailSeparator, c.Trail().Select(t => t.Name))))
            .OrderBy(c => c.Trail, VietnameseOrder.Names).ThenBy(c => c.Category.Url, StringComparer.Ordinal)
            .ToList();
        var categoryPosition = categories.Select((c, i) => (c.Category, i)).ToDictionary(p => p.Category, p => p.i);
        var categoryFacets = categories
            .Select(c => new SearchFacet(string.Join('/', c.Category.SlugPath), c.Category.Name, c.Trail,
                c.Category.Parent is { } parent ? categoryPosition[parent] : -1))
            .ToList();

        // Units that articles report on, and their parents (choosing a province finds its districts' articles).
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var id in index.Articles.Select(a => a.Unit).OfType<string>().Distinct(StringComparer.Ordinal))
            for (var unit = data.Unit(id); unit is not null && units.TryAdd(unit.Id, unit); unit = unit.ParentId is { } p ? data.Unit(p) : null) { }
        // A root that every unit shares (the national federation) says nothing in a trail: it is left out of the others'.
        var ancestries = units.Values.ToDictionary(u => u, u => Ancestry(u, units));
        var roots = ancestries.Values.Select(a => a[0].Id).Distinct(StringComparer.Ordinal).ToList();
        var unitTrails = units.Values
            .Select(u => (Unit: u, Trail: string.Join(TrailSeparator, ancestries[u].Skip(roots.Count == 1 && ancestries[u].Count > 1 ? 1 : 0).Select(a => a.DisplayShort))))
            .OrderBy(u => u.Trail, VietnameseOrder.Names).ThenBy(u => u.Unit.Id, StringComparer.Ordinal)
            .ToList();
        var unitPosition = unitTrails.Select((u, i) => (u.Unit.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var unitFacets = unitTrails
            .Select(u => new SearchFacet(u.Unit.Id, u.Unit.DisplayShort, u.Trail,
                u.Unit.ParentId is { } parent && unitPosition.TryGetValue(parent, out var at) ? at : -1))
            .ToList();

        var years = index.Articles.Select(a => DateReader.Local(a.Date, site.TimeZone).Year).Distinct().OrderDescending().ToList();
        return new SearchFacets(categoryFacets, unitFacets, years);
    }

    /// <summary>The unit and its parents, the top first; a parent cycle (reported by the data loader) stops the walk.</summary>
    private static List<Unit> Ancestry(Unit unit, Dictionary<string, Unit> units)
    {
        var chain = new List<Unit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var u = unit; u is not null && seen.Add(u.Id); u = u.ParentId is { } p ? units.GetValueOrDefault(p) : null) chain.Add(u);
        chain.Reverse();
        return chain;
    }
}
