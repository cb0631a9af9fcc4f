using Bantin.Diagnostics;

namespace Bantin.Model.Data;

/// <summary>An organisational unit from data/units.yaml; units form a tree through <see cref="ParentId"/>.</summary>
/// <param name="Span">Where the unit's <c>id</c> is written, for messages that point back at it.</param>
public sealed record Unit(string Id, string Name, string? Short, string? ParentId, SourceSpan Span)
{
    /// <summary>The name to use where space is short (tables, breadcrumbs): <c>LĐLĐ tỉnh Cao Bằng</c>.</summary>
    public string DisplayShort => Short ?? Name;
}
