using System.Collections;
using Bantin.Diagnostics;

namespace Bantin.Compute.Data;

/// <summary>
/// Where the given values behind a sum are written: its parts' sources, gathered only when asked. Pages never ask,
/// and a province's yearly figure stands on hundreds of values, each copied again at every level of the roll-up.
/// </summary>
public sealed class SumSources(IReadOnlyList<Figure> parts) : IReadOnlyList<SourceSpan>
{
    // Two threads may gather at once; both lists are equal and either may stay.
    private List<SourceSpan>? _all;

    private List<SourceSpan> All => _all ??= parts.SelectMany(p => p.Sources).ToList();

    public SourceSpan this[int index] => All[index];

    public int Count => All.Count;

    public IEnumerator<SourceSpan> GetEnumerator() => All.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
