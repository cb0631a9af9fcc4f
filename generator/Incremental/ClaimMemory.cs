using Bantin.Diagnostics;
using Bantin.Render;
using Bantin.Stages;

namespace Bantin.Incremental;

/// <summary>The last build's URL claims and whether they were all accepted; see <see cref="IClaimMemory"/>.</summary>
public sealed class ClaimMemory : IClaimMemory
{
    private IReadOnlyList<(string Url, SourceSpan Owner)> _claims = [];
    // The place in _claims of each of the last claims' URLs, made once per set of claims and kept while it is the same.
    private Dictionary<string, int>? _places;
    private bool _clean;
    private readonly Dictionary<string, (string Url, RenderedBody Body, string? Image, IReadOnlyList<(string Url, SourceSpan Owner)> Claims, long Generation)> _copied = new(StringComparer.Ordinal);
    private int _copiedNow;
    private long _generation;

    /// <summary>How many times a build's claims were taken over instead of being made again.</summary>
    public int TakenOver { get; private set; }

    /// <summary>How many items' copied files were listed again rather than taken from the last build.</summary>
    public int CopiesListed { get; private set; }

    public bool SameAndClean(IReadOnlyList<(string Url, SourceSpan Owner)> claims)
    {
        ForgetCopiesNotAsked();
        var same = _clean && claims.Count == _claims.Count && (InSameOrder(claims) || AsSet(claims));
        if (same) TakenOver++;
        return same;
    }

    public void Remember(IReadOnlyList<(string Url, SourceSpan Owner)> claims, bool clean) => (_claims, _clean, _places) = (claims, clean, null);

    public IReadOnlyList<(string Url, SourceSpan Owner)> Copied(string sourcePath, string url, RenderedBody body, string? image,
        Func<IReadOnlyList<(string Url, SourceSpan Owner)>> list)
    {
        _copiedNow++;
        if (!_copied.TryGetValue(sourcePath, out var known) || !ReferenceEquals(known.Body, body)
            || !string.Equals(known.Url, url, StringComparison.Ordinal) || !string.Equals(known.Image, image, StringComparison.Ordinal))
        {
            CopiesListed++;
            known = (url, body, image, list(), _generation);
        }
        known.Generation = _generation;
        _copied[sourcePath] = known;
        return known.Claims;
    }

    /// <summary>Items gone since the last build leave their entries; pruned only when there are some.</summary>
    private void ForgetCopiesNotAsked()
    {
        if (_copied.Count > _copiedNow)
            foreach (var (path, copies) in _copied)
                if (copies.Generation != _generation) _copied.Remove(path);
        _copiedNow = 0;
        _generation++;
    }

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
        // The last claims were all accepted, hence their URLs distinct: each claim is found by its URL alone (one
        // ordinal string hash, rather than the tuple's hashes of URL and owner), then its owner compared.
        if (_places is null)
        {
            _places = new Dictionary<string, int>(_claims.Count, StringComparer.Ordinal);
            for (var i = 0; i < _claims.Count; i++) _places.TryAdd(_claims[i].Url, i);
        }
        // As many, each among them and none twice is the same set.
        var seen = new bool[_claims.Count];
        foreach (var (url, owner) in claims)
        {
            if (!_places.TryGetValue(url, out var place) || seen[place] || _claims[place].Owner != owner) return false;
            seen[place] = true;
        }
        return true;
    }
}
