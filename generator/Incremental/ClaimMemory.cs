using Bantin.Diagnostics;
using Bantin.Stages;

namespace Bantin.Incremental;

/// <summary>The last build's URL claims and whether they were all accepted; see <see cref="IClaimMemory"/>.</summary>
public sealed class ClaimMemory : IClaimMemory
{
    private IReadOnlyList<(string Url, SourceSpan Owner)> _claims = [];
    private bool _clean;

    public bool SameAndClean(IReadOnlyList<(string Url, SourceSpan Owner)> claims)
    {
        if (!_clean || claims.Count != _claims.Count) return false;
        for (var i = 0; i < claims.Count; i++)
            if (!string.Equals(claims[i].Url, _claims[i].Url, StringComparison.Ordinal) || claims[i].Owner != _claims[i].Owner) return false;
        return true;
    }

    public void Remember(IReadOnlyList<(string Url, SourceSpan Owner)> claims, bool clean) => (_claims, _clean) = (claims, clean);
}
