namespace Bantin.Render.Search;

/// <summary>A value readers can filter by (a category or a unit): its query-string key, its name, the parent it belongs to (-1 at the top) and the full trail shown in the list.</summary>
public sealed record SearchFacet(string Key, string Name, string Trail, int Parent);
