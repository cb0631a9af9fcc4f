using Bantin.Diagnostics;
using Bantin.Stages;

namespace Bantin.Incremental;

/// <summary>The last build's URL claims and whether they were all accepted; see <see cref="IClaimMemory"/>.</summary>
public sealed class ClaimMemory : IClaimMemory
{
    private IReadOnlyList<(string Url, SourceSpan Owner)> _claims = [];
    private HashSet<(string Url, SourceSpan Owner)>? _set;
    private bool _clean;

    /// <summary>How many times a build's claims were taken over instead of being made again.</summary>
    public int TakenOver { get; private set; }

    public bool SameAndClean(IReadOnlyList<(string Url, SourceSpan Owner)> claims)
    {
        var same = _clean && claims.Count == _claims.Count && (InSameOrder(claims) || AsSet(claims));
        if (same) TakenOver++;
        return same;
    }

    public void Remember(IReadOnlyList<(string Url, SourceSpan Owner)> claims, bool clean) => (_claims, _clean, _set) = (claims, clean, null);

    private bool InSameOrder(IReadOnlyList<(string Url, SourceSpan Owner)> claims)
    {
        for (var i = 0; i < claims.Count; i++)
            if (!string.Equals(claims[i].Url, _claims[i].Url, StringComparison.Ordinal) || claims[i].Owner != _claims[i].Owner) return false;
        return true;
    }

    /// <summary>
    /// A date edit reorders the articles, hence their copied files: the same claims in another order. Whether claims
    /// clash does not depend on their order, so the same set, clean last time, is clean again.
    /// </summary>
    private bool AsSet(IReadOnlyList<(string Url, SourceSpan Owner)> claims)
    {
        _set ??= _claims.ToHashSet();
        // The last claims were all accepted, hence distinct: as many, all among them and distinct is the same set.
        var seen = new HashSet<(string Url, SourceSpan Owner)>(claims.Count);
        foreach (var claim in claims)
            if (!_set.Contains(claim) || !seen.Add(claim)) return false;
        return true;
    }
}
