namespace Bantin.Model.Data;

/// <summary>
/// The parts an indicator's breakdown declares in data/indicators.yaml (<c>parts: { khoi-hcsn: Khối hành chính sự
/// nghiệp }</c>), in file order: what pages print instead of the keys, and the only keys results may use.
/// </summary>
/// <remarks>Compared by content, so an unchanged indicators.yaml leaves the incremental build's data version alone.</remarks>
public sealed class BreakdownParts : IEquatable<BreakdownParts>
{
    /// <summary>No parts declared: any key is accepted and printed as it is (sites written before parts existed).</summary>
    public static readonly BreakdownParts None = new([]);

    private readonly IReadOnlyList<KeyValuePair<string, string>> _parts;

    public BreakdownParts(IReadOnlyList<KeyValuePair<string, string>> parts) => _parts = parts;

    public bool Declared => _parts.Count > 0;

    public IEnumerable<string> Keys => _parts.Select(p => p.Key);

    public bool Contains(string key) => Find(key) is not null;

    /// <summary>The declared name of the part, or the key itself when none is declared.</summary>
    public string Name(string key) => Find(key) ?? key;

    /// <summary>
    /// The parts of a value in the order pages list them: the declared order where parts are declared (the same in
    /// every table, whichever order a results file wrote them in), otherwise as given.
    /// </summary>
    public IEnumerable<KeyValuePair<string, decimal>> InOrder(IEnumerable<KeyValuePair<string, decimal>> by)
    {
        if (!Declared) return by;
        var keys = Keys.ToList();
        return by.OrderBy(p => keys.IndexOf(p.Key) is var i and >= 0 ? i : int.MaxValue);
    }

    private string? Find(string key)
    {
        foreach (var (k, name) in _parts)
            if (k == key) return name;
        return null;
    }

    public bool Equals(BreakdownParts? other) => other is not null && _parts.SequenceEqual(other._parts);

    public override bool Equals(object? obj) => obj is BreakdownParts other && Equals(other);

    public override int GetHashCode() => _parts.Count == 0 ? 0 : HashCode.Combine(_parts.Count, _parts[0]);
}
